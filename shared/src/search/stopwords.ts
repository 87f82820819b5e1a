/**
 * Dutch stop words, diacritics folded. A superset of lunr-languages' `lunr.nl` list (minus
 * "wezen", which is also a noun: orphans), plus question words, the forms of auxiliary verbs
 * that turn up in questions ("wat doet een leerplichtambtenaar") and contraction leftovers
 * ("'t", "'s", "'n"), and abbreviations of function words once their dots are gone ("o.a." → "oa",
 * "i.v.m." → "ivm"). Applied at index time and on the query side alike.
 */
const WORDS = `
aan af al alle alles als altijd andere anders ben bent bij daar daarom dan dat de den der des deze
die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier
hij hoe hun iemand iets ik in is ja je jij jou jouw jullie kan kon kun kunnen kunt maar me meer men
met mij mijn moet moeten na naar nee niet niets nog nu of om omdat onder ons onze ook op over
reeds te tegen toch toen tot u uit uw van veel voor waar waarom wanneer want waren was wat we welk
welke werd wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou zouden zullen
doe doet deed deden gedaan hebt gaat gaan ga mag mogen wilt willen zult
t s n m
oa ivm mbt tav dwz bijv evt enz etc
`

export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean))

export function isStopWord(word: string): boolean {
  return DUTCH_STOP_WORDS.has(word)
}
