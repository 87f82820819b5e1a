/**
 * Synonym and acronym groups of the field (education, youth care and their cooperation). Every
 * member of a group is equivalent: a document that contains one member is also indexed with the
 * others. Multi-word members only match as a phrase (stop words inside a phrase are ignored,
 * inflections are matched through the stemmer). Keep groups strict: a loose group makes every
 * query on one member return documents about the others. Place names (city ↔ region, everyday
 * names) live in places.data.ts and are appended here.
 */
import { PLACE_GROUPS } from './places.data'

const FIELD_GROUPS: readonly (readonly string[])[] = [
  // Overleg en samenwerking
  ['OOGO', 'op overeenstemming gericht overleg'],
  ['SWV', 'samenwerkingsverband', 'samenwerkingsverbanden'],
  ['AOJ', 'aanpak onderwijs jeugd'],
  ['onderwijs-zorgarrangement', 'onderwijs-zorgarrangementen', 'OZA'],
  ['MDO', 'multidisciplinair overleg'],
  // Not "ZAT" (zorg- en adviesteam): "zat" is a common verb form.
  ['zorg- en adviesteam', 'zorgadviesteam'],
  ['IKC', 'integraal kindcentrum'],
  // Onderwijs
  ['passend onderwijs', 'passendonderwijs'],
  ['PO', 'primair onderwijs', 'basisonderwijs'],
  ['VO', 'voortgezet onderwijs'],
  ['SO', 'speciaal onderwijs'],
  ['VSO', 'voortgezet speciaal onderwijs'],
  ['SBO', 'speciaal basisonderwijs'],
  ['PrO', 'praktijkonderwijs'],
  ['VMBO', 'voorbereidend middelbaar beroepsonderwijs'],
  ['MBO', 'middelbaar beroepsonderwijs'],
  ['HBO', 'hoger beroepsonderwijs'],
  ['VVE', 'voor- en vroegschoolse educatie'],
  ['ISK', 'internationale schakelklas'],
  ['NT2', 'Nederlands als tweede taal'],
  ['OPP', 'ontwikkelingsperspectief', 'ontwikkelingsperspectiefplan'],
  ['TLV', 'toelaatbaarheidsverklaring'],
  ['HGW', 'handelingsgericht werken'],
  ['intern begeleider', "IB'er"],
  ['VSV', 'voortijdig schoolverlaten', 'voortijdig schoolverlaters'],
  ['RMC', 'regionaal meld- en coördinatiepunt'],
  // Verzuim en leerplicht
  ['thuiszitter', 'thuiszitters', 'verzuim', 'schoolverzuim'],
  ['leerplicht', 'leerplichtambtenaar', 'leerplichtambtenaren'],
  // Jeugd en zorg
  ['jeugdhulp', 'jeugdzorg'],
  ['JGZ', 'jeugdgezondheidszorg'],
  ['CJG', 'centrum voor jeugd en gezin'],
  ['GGD', 'gemeentelijke gezondheidsdienst'],
  ['GGZ', 'geestelijke gezondheidszorg'],
  ['jeugd-ggz', 'jeugd-GGZ', 'JGGZ'],
  ['LVB', 'licht verstandelijke beperking', 'licht verstandelijk beperkt'],
  ['TOS', 'taalontwikkelingsstoornis'],
  ['ASS', 'autismespectrumstoornis'],
  ['WMO', 'Wet maatschappelijke ondersteuning'],
  // Opvang
  ['KDV', 'kinderdagverblijf'],
  ['BSO', 'buitenschoolse opvang'],
  // Overheid
  ['OCW', 'ministerie van Onderwijs, Cultuur en Wetenschap'],
  ['VWS', 'ministerie van Volksgezondheid, Welzijn en Sport'],
]

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [...FIELD_GROUPS, ...PLACE_GROUPS]
