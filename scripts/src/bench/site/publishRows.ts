import { seconds } from './format'
import { summarisePublishes } from './publishSummary'
import type { PublishFigures, Row, Verdict } from './results'

/** Publish → live: its median against `target` (no limit: reported only), every publish, and where the time goes. */
export function publishRows(publish: PublishFigures, target: { limitSeconds?: number; text: string }): Row[] {
  const summary = summarisePublishes(publish.publishes)
  const { limitSeconds, text } = target
  const verdict: Verdict = limitSeconds === undefined ? 'info' : summary.p50 <= limitSeconds ? 'pass' : 'FAIL'
  return [
    {
      label: `Publish → live, p50 of ${publish.publishes.length} publishes`,
      value: `${seconds(summary.p50)} (p90 ${seconds(summary.p90)}, max ${seconds(summary.max)})`,
      target: text,
      verdict,
    },
    {
      label: 'Publish → live, each',
      value: `${publish.publishes.map((p) => p.liveSeconds.toFixed(1)).join(', ')} s`,
      target: '',
      verdict: 'info',
    },
    {
      label: 'Publish → live, p50 of its parts',
      value: `save ${seconds(summary.save)}, debounce ${seconds(summary.wait)}, build → release switched ${seconds(summary.build)}, switched → served ${seconds(summary.switchToServed)}`,
      target: `REBUILD_DEBOUNCE_MS ${publish.debounceSetting ?? 'unset (CMS default)'}`,
      verdict: 'info',
    },
  ]
}
