/**
 * Place names: each inspiratieregio with its main city and the everyday names of both, so a
 * visitor who types the city ("Den Bosch") finds the region ("De Meierij") and the other way
 * round. Merged into SYNONYM_GROUPS (synonyms.data.ts), so the same rules hold: every member
 * is equivalent, a multi-word or hyphenated member matches only as a whole ("Zuid-Limburg" and
 * "Zuid Limburg", never "zuid" alone), and a synonym match ranks below a literal one.
 *
 * A group is only safe when no member is also an everyday Dutch word, since every document that
 * contains a member is indexed with all the others. Checked per group below (stems with the
 * Dutch stemmer). Left out for that reason: Leiden (Holland-Rijnland), which is also the verb
 * "leiden" ("leidt tot thuiszitten"). Utrecht, Leeuwarden and Almere are region and city by the
 * same name and need no group. A region's other municipalities are already indexed with the
 * region page (`places`), so they need no group either.
 */
export const PLACE_GROUPS: readonly (readonly string[])[] = [
  // Twente ↔ Enschede: two proper names (stems "twent", "ensched").
  ['Twente', 'Enschede'],
  // Alkmaar: a proper name (stem "alkmar").
  ['Noord-Kennemerland', 'Alkmaar'],
  // The programme also writes "NO-Friesland"; the municipality is Noardeast-Fryslân, its main
  // town Dokkum. "NO" alone never matches: the group needs the whole hyphenated name.
  ['Noordoost-Friesland', 'NO-Friesland', 'Noordoost-Fryslân', 'Noardeast-Fryslân', 'Dokkum'],
  // Province name in Dutch and in Frisian; both proper names.
  ['Friesland', 'Fryslân'],
  // Haarlem: a proper name.
  ['Zuid-Kennemerland', 'Haarlem'],
  // "Den Bosch" is the everyday name of 's-Hertogenbosch ("den" is a stop word, so it matches on
  // "bosch", a proper name: the forest is "bos"). "Hertogenbosch" without "'s-" is covered by
  // the tokeniser's parts.
  ['De Meierij', "'s-Hertogenbosch", 'Den Bosch'],
  // Maastricht and Heerlen (stem "heerl", not "heerlijk"): proper names.
  ['Zuid-Limburg', 'Maastricht', 'Heerlen'],
  // "Food Valley" is how many write FoodValley; Ede (stem "ede", not "edel") is its main city.
  ['FoodValley', 'Food Valley', 'Ede'],
]
