import { type Sector, sectorLabels, sectorOptions } from '@mao/shared/selectOptions'
import type { PublicShareholder } from './publicShareholders'

export interface SectorGroup {
  sector: Sector
  label: string
  /** The section's id on the page, for the in-page links. */
  id: string
  organisations: PublicShareholder[]
}

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/** The named organisations per sector, in the sectors' own order, A–Z within each; empty sectors left out. */
export function groupBySector(organisations: readonly PublicShareholder[]): SectorGroup[] {
  return sectorOptions
    .map(({ value }) => ({
      sector: value,
      label: sectorLabels[value],
      id: `sector-${value}`,
      organisations: organisations
        .filter((organisation) => organisation.sector === value)
        .sort((a, b) => byName.compare(a.name, b.name)),
    }))
    .filter((group) => group.organisations.length > 0)
}
