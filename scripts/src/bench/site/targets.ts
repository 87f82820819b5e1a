import { count, kB, MB, seconds } from './format'
import { CATEGORIES, type Category } from './lighthouse'
import type { PageWeight } from './pageAssets'
import { publishRows } from './publishRows'
import type { Row, SiteBenchResults, Verdict } from './results'

/**
 * What the site must reach (issue 15): build speed beside a bare Astro build, peak memory,
 * publish → live, JavaScript and CSS per page, Lighthouse scores. The build-speed targets apply
 * at 10,000 generated documents; publish → live has one target seeded and one at 10,000.
 */
export const TARGETS = {
  scaleForSpeedTargets: 10_000,
  maxRatio: 2,
  guidePagesPerSecond: 200,
  maxPeakBytes: 1.5e9,
  maxPublishSecondsSeeded: 5,
  maxPublishSecondsAtScale: 10,
  maxNewsDetailJsBytes: 0,
  maxCssGzipBytes: 50_000,
  minScore: 95,
  minPerformance: 100,
  minAccessibility: 100,
} as const

const verdict = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL')

function weightRows(name: string, weight: PageWeight, jsMustBeZero: boolean): Row[] {
  const jsBytes = weight.js.raw
  return [
    {
      label: `JavaScript, ${name} (${weight.js.files.length} files)`,
      value: `${kB(weight.js.raw)} (${kB(weight.js.gzip)} gzip)`,
      target: jsMustBeZero ? '0 kB' : '',
      verdict: jsMustBeZero ? verdict(jsBytes <= TARGETS.maxNewsDetailJsBytes) : 'info',
    },
    {
      label: `CSS, ${name} (${weight.css.files.length} files)`,
      value: `${kB(weight.css.gzip)} gzip (${kB(weight.css.raw)} raw)`,
      target: `< ${kB(TARGETS.maxCssGzipBytes)} gzip`,
      verdict: verdict(weight.css.gzip < TARGETS.maxCssGzipBytes),
    },
    {
      label: `HTML, ${name}`,
      value: `${kB(weight.html.gzip)} gzip (${kB(weight.html.raw)} raw)`,
      target: '',
      verdict: 'info',
    },
  ]
}

function warmRow(warm: SiteBenchResults['warm']): Row {
  const report = warm.report
  const kind = !report
    ? 'the build wrote no report'
    : report.kind === 'incremental'
      ? `incremental: ${count(report.pages.rendered)} rendered, ${count(report.pages.reused)} reused`
      : `full${report.fullReason ? ` (${report.fullReason})` : ''}: ${count(report.pages.rendered)} rendered`
  return {
    label: 'Second build, same cache, nothing changed',
    value: `${seconds(warm.seconds)} (${kind})`,
    target: '',
    verdict: 'info',
  }
}

/** Seeded and at 10,000 documents a limit; in between the figure is only reported. */
function publishTarget(scale: number): { limitSeconds?: number; text: string } {
  const { maxPublishSecondsSeeded: seeded, maxPublishSecondsAtScale: atScale } = TARGETS
  if (scale === 0) return { limitSeconds: seeded, text: `≤ ${seeded} s` }
  if (scale >= TARGETS.scaleForSpeedTargets) return { limitSeconds: atScale, text: `≤ ${atScale} s` }
  return { text: `≤ ${seeded} s seeded, ≤ ${atScale} s at ${count(TARGETS.scaleForSpeedTargets)} docs` }
}

const minimumFor = (category: Category) =>
  category === 'accessibility'
    ? TARGETS.minAccessibility
    : category === 'performance'
      ? TARGETS.minPerformance
      : TARGETS.minScore

/** One pair's seconds, ours then bare: "40.0/7.5 s". */
const pairSeconds = ({ ours, bare }: { ours: number; bare: number }) => `${ours.toFixed(1)}/${bare.toFixed(1)} s`

/** With more than one pair of cold builds, each pair's seconds beside the median. */
function pairsNote(pairs: SiteBenchResults['buildPairs']): string {
  if (pairs.length < 2) return ''
  return ` (median of ${pairs.length} pairs, ours/bare: ${pairs.map(pairSeconds).join(', ')})`
}

/**
 * The builds' CPU time beside their time: what ours costs against the bare one whatever the two
 * cores do at once. Each pair's seconds are shown, as the median comes of several runs or one.
 */
function cpuRow({ cpuRatio, buildPairs }: SiteBenchResults): Row {
  const each = buildPairs.flatMap(({ cpu }) => (cpu ? [pairSeconds(cpu)] : []))
  const median = each.length > 1 ? `median of ${each.length} pairs, ` : ''
  return {
    label: 'CPU time ratio, ours / bare',
    value: Number.isNaN(cpuRatio) ? 'not measured' : `${cpuRatio.toFixed(2)}× (${median}ours/bare: ${each.join(', ')})`,
    target: '',
    verdict: 'info',
  }
}

/** The table's rows: each figure with its target and whether it is met. */
export function tableRows(results: SiteBenchResults): Row[] {
  const { ours, bare } = results
  const atScale = results.scale >= TARGETS.scaleForSpeedTargets
  const speedVerdict = (ok: boolean): Verdict => (atScale ? verdict(ok) : 'info')
  const speedNote = atScale ? '' : ` (at ${count(TARGETS.scaleForSpeedTargets)} docs)`
  const rows: Row[] = [
    {
      label: 'Published documents in the CMS',
      value: `${count(results.publishedDocuments)} (seed${results.scale ? ` + ${count(results.scale)} generated` : ''})`,
      target: '',
      verdict: 'info',
    },
    { label: 'HTML pages built', value: count(ours.pages), target: '', verdict: 'info' },
    {
      label: 'Our build: time, pages/s',
      value: `${seconds(ours.seconds)}, ${ours.pagesPerSecond.toFixed(0)} pages/s`,
      target: `about ${TARGETS.guidePagesPerSecond} pages/s or more${speedNote}`,
      verdict: speedVerdict(ours.pagesPerSecond >= TARGETS.guidePagesPerSecond),
    },
    {
      label: 'Bare Astro build, same pages: time, pages/s',
      value: `${seconds(bare.seconds)}, ${bare.pagesPerSecond.toFixed(0)} pages/s`,
      target: 'reference',
      verdict: 'info',
    },
    {
      label: 'Build time ratio, ours / bare',
      value: `${results.ratio.toFixed(2)}×${pairsNote(results.buildPairs)}`,
      target: `≤ ${TARGETS.maxRatio}×${speedNote}`,
      verdict: speedVerdict(results.ratio <= TARGETS.maxRatio),
    },
    cpuRow(results),
    warmRow(results.warm),
    {
      label: 'Peak memory of our build (process tree)',
      value: `${MB(ours.peakTreeRss)} (largest process ${MB(ours.peakProcessRss)})`,
      target: `< ${MB(TARGETS.maxPeakBytes)}`,
      verdict: verdict(ours.peakTreeRss < TARGETS.maxPeakBytes),
    },
    {
      label: 'Peak memory of the bare build',
      value: `${MB(bare.peakTreeRss)} (largest process ${MB(bare.peakProcessRss)})`,
      target: 'reference',
      verdict: 'info',
    },
    ...(results.publish ? publishRows(results.publish, publishTarget(results.scale)) : []),
    ...weightRows('home', results.weights.home, false),
    ...weightRows('news detail', results.weights.newsDetail, true),
  ]
  const lighthouse = results.lighthouse
  if (lighthouse) {
    for (const [name, page] of [
      ['home', lighthouse.home],
      ['news detail', lighthouse.newsDetail],
    ] as const) {
      for (const category of CATEGORIES) {
        const runs = category === 'performance' && page.performanceRuns.length > 1
        rows.push({
          label: `Lighthouse ${lighthouse.preset}, ${name}: ${category}`,
          value: `${page.scores[category]}${runs ? ` (runs ${page.performanceRuns.join(', ')})` : ''}`,
          target: `≥ ${minimumFor(category)}`,
          verdict: verdict(page.scores[category] >= minimumFor(category)),
        })
      }
    }
  }
  return rows
}
