import { launch } from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
export type Preset = 'mobile' | 'desktop'

export interface LighthousePage {
  url: string
  /** Scores 0–100 of the run with the median performance score. */
  scores: Record<Category, number>
  /** Performance score of every run, in run order. */
  performanceRuns: number[]
  /** Audits that lost points in that run, per category: `id (score)`. */
  lostPoints: Record<Category, string[]>
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number }
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

function summarise(url: string, lhr: Lhr): Omit<LighthousePage, 'performanceRuns'> {
  const scores = {} as Record<Category, number>
  const lostPoints = {} as Record<Category, string[]>
  for (const category of CATEGORIES) {
    const result = lhr.categories[category]
    if (!result || result.score === null) throw new Error(`Lighthouse gave no ${category} score for ${url}`)
    scores[category] = Math.round(result.score * 100)
    lostPoints[category] = result.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, score: lhr.audits[ref.id]?.score }))
      .filter((audit): audit is { id: string; score: number } => typeof audit.score === 'number' && audit.score < 1)
      .map(({ id, score }) => `${id} (${score.toFixed(2)})`)
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  return {
    url,
    scores,
    lostPoints,
    metrics: {
      fcpMs: numeric('first-contentful-paint'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
    },
  }
}

/**
 * Lighthouse (simulated throttling, the preset's defaults) on each URL in one headless Chromium,
 * `runs` times per URL; keeps the run with the median performance score, as Lighthouse advises.
 */
export async function runLighthouse(
  urls: string[],
  options: { preset: Preset; runs: number; chromePath: string; log: (text: string) => void },
): Promise<LighthousePage[]> {
  const chrome = await launch({ chromePath: options.chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  try {
    const pages: LighthousePage[] = []
    for (const url of urls) {
      const runs: Omit<LighthousePage, 'performanceRuns'>[] = []
      for (let run = 0; run < options.runs; run += 1) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          options.preset === 'desktop' ? desktopConfig : undefined,
        )
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`)
        runs.push(summarise(url, result.lhr))
        options.log(`lighthouse ${url} run ${run + 1}/${options.runs}: ${JSON.stringify(runs.at(-1)!.scores)}`)
      }
      const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)
      const median = sorted[Math.floor((sorted.length - 1) / 2)]!
      pages.push({ ...median, performanceRuns: runs.map((run) => run.scores.performance) })
    }
    return pages
  } finally {
    chrome.kill()
  }
}
