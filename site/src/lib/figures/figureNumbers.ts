import { figureBar } from './figureBar'
import type { Figure } from './figuresSchema'

const count = new Intl.NumberFormat('nl-NL')

/** The numbers beside a figure's chart, in words: what screen readers read and the chart shows. */
export interface FigureNumbers {
  /** "1.250" */
  value: string
  /** "van 200", or null without a target. */
  ofTarget: string | null
  /** How far along: "18% van het streefcijfer", "Streefcijfer gehaald (120%)", "Geen streefcijfer vastgesteld". */
  progress: string
}

export function figureNumbers({ value, target }: Pick<Figure, 'value' | 'target'>): FigureNumbers {
  const bar = figureBar(value, target)
  if (!bar || target === null)
    return { value: count.format(value), ofTarget: null, progress: 'Geen streefcijfer vastgesteld' }
  return {
    value: count.format(value),
    ofTarget: `van ${count.format(target)}`,
    progress: bar.reached ? `Streefcijfer gehaald (${bar.percent}%)` : `${bar.percent}% van het streefcijfer`,
  }
}
