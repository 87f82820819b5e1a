import type { CSSProperties } from 'react'

/** The spacing the other dashboard panels use, so the overview sits among them. */
export const section: CSSProperties = { display: 'grid', gap: 'calc(var(--base) / 4)' }
export const flat: CSSProperties = { margin: 0 }
