'use client'

import { useEffect, type ReactNode } from 'react'
import { watchAccessibleNames } from './watchAccessibleNames'

/** Admin provider: names Payload's unnamed controls for screen readers (see applyAccessibleNames). */
export function AccessibleNames({ children }: { children?: ReactNode }) {
  useEffect(() => watchAccessibleNames(document.body), [])
  return <>{children}</>
}
