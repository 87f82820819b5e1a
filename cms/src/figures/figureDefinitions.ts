import type { FigureKey } from '@mao/shared/figures'

export interface FigureDefinition {
  /** Dutch, shown on the site and as the target field's label in the admin. */
  label: string
  /** The programme plan's target, preset in the site settings; null: the plan sets none. */
  defaultTarget: number | null
}

/**
 * Targets from the programme plan 2020: at least 200 aandeelhouders, 10 ambassadeurs and 10 goede
 * voorbeelden, and the network started with 11 inspiratieregio's. Participants and editions have
 * no count in the plan (it asks for a news update every two weeks, a pace rather than a total).
 */
export const figureDefinitions: Record<FigureKey, FigureDefinition> = {
  shareholders: { label: 'Aandeelhouders', defaultTarget: 200 },
  regions: { label: "Inspiratieregio's", defaultTarget: 11 },
  practices: { label: 'Goede voorbeelden', defaultTarget: 10 },
  ambassadors: { label: 'Ambassadeurs', defaultTarget: 10 },
  communityParticipants: { label: 'Deelnemers Communities of Practice', defaultTarget: null },
  editionsSent: { label: 'Verstuurde nieuwsupdates', defaultTarget: null },
}
