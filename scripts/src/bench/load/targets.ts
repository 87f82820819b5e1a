import type { Row, Verdict } from '../site/results'
import { count, MB } from '../site/format'
import type { LoadFigures } from './loadTest'
import type { LoadBenchResults } from './results'

/** What the services must reach under load (issue 10). */
export const TARGETS = {
  minSiteShareOfNginx: 0.5,
  maxErrors: 0,
  maxFloodGrowthBytes: 50e6,
} as const

const verdict = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL')
export const ms = (value: number): string => `${value.toFixed(1)} ms`
const rate = (figures: LoadFigures) => `${count(Math.round(figures.requestsPerSecond))} req/s`
const statuses = (figures: LoadFigures) =>
  Object.entries(figures.statuses)
    .map(([status, n]) => `${status}×${count(n)}`)
    .join(', ')

const errorRow = (label: string, figures: LoadFigures): Row => ({
  label,
  value: `${count(figures.errors)} of ${count(figures.requests)} (${statuses(figures) || 'no answers'})`,
  target: `${TARGETS.maxErrors}`,
  verdict: verdict(figures.errors <= TARGETS.maxErrors && figures.requests > 0),
})

/** The table's rows: each figure with its target, and nginx's figure as the reference. */
export function tableRows(results: LoadBenchResults): Row[] {
  const rows: Row[] = []
  const { site, rest, flood } = results
  if (site) {
    const { ours, nginx } = site
    const share = nginx ? ours.requestsPerSecond / nginx.requestsPerSecond : undefined
    rows.push(
      {
        label: `Site server: throughput (${site.connections} connections, ${site.paths} paths)`,
        value: rate(ours),
        target: nginx ? `≥ ${Math.round(TARGETS.minSiteShareOfNginx * 100)} % of nginx` : 'nginx not installed',
        verdict: 'info',
      },
      {
        label: 'nginx, same release: throughput',
        value: nginx ? rate(nginx) : 'skipped',
        target: 'reference',
        verdict: 'info',
      },
      {
        label: 'Site server / nginx throughput',
        value: share === undefined ? 'n/a' : `${Math.round(share * 100)} %`,
        target: `≥ ${Math.round(TARGETS.minSiteShareOfNginx * 100)} %`,
        verdict: share === undefined ? 'info' : verdict(share >= TARGETS.minSiteShareOfNginx),
      },
      {
        label: 'Site server: p99 latency',
        value: ms(ours.p99),
        target: nginx ? `nginx: ${ms(nginx.p99)}` : '',
        verdict: 'info',
      },
      errorRow('Site server: errors', ours),
    )
    if (nginx) rows.push({ ...errorRow('nginx: errors', nginx), target: 'reference', verdict: 'info' })
  }
  if (rest) {
    rows.push(
      {
        label: `CMS /api/news?limit=10 (${rest.connections} readers): throughput`,
        value: rate(rest.figures),
        target: '',
        verdict: 'info',
      },
      {
        label: 'CMS /api/news: p95 latency (p50)',
        value: `${ms(rest.figures.p95)} (${ms(rest.figures.p50)})`,
        target: '',
        verdict: 'info',
      },
      errorRow('CMS /api/news: errors', rest.figures),
    )
  }
  if (flood) {
    const growth = flood.rssAfter - flood.rssBefore
    rows.push(
      {
        label: `Subscribe flood: ${count(flood.figures.requests)} of ${count(flood.clients)} clients`,
        value: `${rate(flood.figures)}, p95 ${ms(flood.figures.p95)}`,
        target: flood.figures.requests < flood.clients ? 'stopped at the time bound' : '',
        verdict: 'info',
      },
      {
        label: 'Subscribe flood: CMS memory growth (end, peak)',
        value: `${MB(growth)} (${MB(flood.rssBefore)} → ${MB(flood.rssAfter)}, peak ${MB(flood.rssPeak)})`,
        target: `< ${MB(TARGETS.maxFloodGrowthBytes)}`,
        verdict: verdict(growth < TARGETS.maxFloodGrowthBytes),
      },
      errorRow('Subscribe flood: errors', flood.figures),
      {
        label: 'Subscribe flood: confirmation mails sent',
        value: `${count(flood.mails)} (to ${count(flood.addresses)} addresses)`,
        target: '',
        verdict: 'info',
      },
    )
  }
  return rows
}
