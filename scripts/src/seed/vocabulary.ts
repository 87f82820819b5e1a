/** Building blocks for generated Dutch benchmark content about onderwijs, zorg en jeugd. */
export const places = [
  'Almere', 'Amersfoort', 'Apeldoorn', 'Arnhem', 'Assen', 'Breda', 'Delft', 'Deventer', 'Dordrecht', 'Ede',
  'Eindhoven', 'Emmen', 'Enschede', 'Gouda', 'Groningen', 'Haarlem', 'Heerlen', 'Helmond', 'Hengelo', 'Hoorn',
  'Leeuwarden', 'Leiden', 'Lelystad', 'Maastricht', 'Nijmegen', 'Oss', 'Roermond', 'Schiedam', 'Sittard', 'Tilburg',
  'Utrecht', 'Venlo', 'Vlaardingen', 'Zaandam', 'Zeist', 'Zoetermeer', 'Zwolle', "'s-Hertogenbosch", 'Alkmaar', 'Veenendaal',
] as const

export const subjects = [
  'passend onderwijs', 'jeugdhulp op school', 'thuiszitters', 'het onderwijs-zorgarrangement', 'het OOGO',
  'de samenwerking met het samenwerkingsverband', 'de leerplichtambtenaar', 'de jeugdgezondheidszorg',
  'kinderen met een licht verstandelijke beperking', 'de overstap van PO naar VO', 'schoolmaatschappelijk werk',
  'het wijkteam', 'de zorgstructuur in het MBO', 'vroegsignalering in de kinderopvang', 'ouderbetrokkenheid',
  'de crèche en de peuteropvang', 'een sluitende aanpak voor verzuim', 'maatwerk in de klas', 'de onderwijsconsulent',
  'de brede lokale afspraken over jeugd',
] as const

export const actors = [
  'De gemeente', 'Het samenwerkingsverband', 'Het schoolbestuur', 'Een team van intern begeleiders',
  'De jeugdhulpaanbieder', 'Het wijkteam', 'De GGD', 'Een groep ouders', 'De regionale werkgroep', 'Het CJG',
] as const

export const verbs = [
  'werkt samen aan', 'onderzoekt', 'versterkt', 'evalueert', 'maakt afspraken over', 'investeert in',
  'deelt ervaringen met', 'organiseert een werksessie over', 'brengt in kaart', 'verbetert',
] as const

export const outcomes = [
  'Daardoor krijgen kinderen sneller de juiste ondersteuning.',
  'Het aantal thuiszitters is in een jaar flink gedaald.',
  'Leerkrachten voelen zich beter toegerust en minder alleen.',
  'Ouders weten beter waar ze terecht kunnen met hun vragen.',
  'De lijnen tussen school en jeugdhulp zijn korter geworden.',
  'De aanpak is geëvalueerd en wordt nu breder ingezet.',
  'Er is één plan per kind in plaats van losse trajecten.',
  'De financiering uit onderwijs en zorg is beter op elkaar afgestemd.',
] as const

export const titlePatterns = [
  (subject: string, place: string) => `${capitalise(subject)} in ${place}`,
  (subject: string, place: string) => `Zo pakt ${place} ${subject} aan`,
  (subject: string, place: string) => `Lessen over ${subject} uit ${place}`,
  (subject: string, place: string) => `${place} zet in op ${subject}`,
  (subject: string, place: string) => `Nieuwe afspraken over ${subject} in ${place}`,
] as const

export const firstNames = ['Anna', 'Bram', 'Carmen', 'Daan', 'Esra', 'Floor', 'Gijs', 'Hanna', 'Imran', 'Julia', 'Koen', 'Lotte', 'Mohamed', 'Noor', 'Olaf', 'Priya', 'Ruben', 'Sanne', 'Tim', 'Yara'] as const
export const lastNames = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Yilmaz', 'El Amrani', 'Kramer', 'Dekker', 'Brouwer'] as const
export const roles = ['Onderwijsadviseur', 'Jeugdarts', 'Orthopedagoog', 'Beleidsadviseur jeugd', 'Intern begeleider', 'Leerplichtambtenaar', 'Schoolmaatschappelijk werker', 'Gedragswetenschapper'] as const

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
