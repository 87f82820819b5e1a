import type { LoadFigures } from './loadTest'

export type SiteLoad = {
  /** Distinct URL paths requested in turn (pages and `_astro` assets). */
  paths: number
  connections: number
  ours: LoadFigures
  /** Absent when nginx is not installed. */
  nginx?: LoadFigures
}

export type FloodLoad = {
  clients: number
  addresses: number
  connections: number
  figures: LoadFigures
  /** Resident memory of the CMS process tree, bytes: after a warm-up, at the end, highest seen. */
  rssBefore: number
  rssAfter: number
  rssPeak: number
  /** Confirmation mails the Resend stub received during the flood. */
  mails: number
}

/** Every raw figure of one `pnpm bench load` run (also what `--json` writes). */
export type LoadBenchResults = {
  date: string
  node: string
  cpus: number
  seconds: number
  site?: SiteLoad
  rest?: { connections: number; figures: LoadFigures }
  flood?: FloodLoad
}
