import type { CommunityDoc, EventDoc, ExpertDoc, RegionDoc } from './types'

export const eventKindLabels: Record<EventDoc['kind'], string> = {
  meeting: 'Bijeenkomst',
  community: 'Community of Practice',
  webinar: 'Webinar',
  conference: 'Congres',
  worksession: 'Werksessie',
}

export const expertOfferLabels: Record<ExpertDoc['offers'][number], string> = {
  presentation: 'Presentatie',
  workshop: 'Workshop',
  advice: 'Advies',
}

export const communityStatusLabels: Record<CommunityDoc['status'], string> = {
  open: 'Inschrijving open',
  full: 'Vol',
  closed: 'Inschrijving gesloten',
}

export const provinceLabels: Record<RegionDoc['province'], string> = {
  groningen: 'Groningen',
  friesland: 'Friesland',
  drenthe: 'Drenthe',
  overijssel: 'Overijssel',
  flevoland: 'Flevoland',
  gelderland: 'Gelderland',
  utrecht: 'Utrecht',
  'noord-holland': 'Noord-Holland',
  'zuid-holland': 'Zuid-Holland',
  zeeland: 'Zeeland',
  'noord-brabant': 'Noord-Brabant',
  limburg: 'Limburg',
}
