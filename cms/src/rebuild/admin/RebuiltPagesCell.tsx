'use client'
import type { DefaultCellComponentProps } from 'payload'
import { describeRebuiltPages } from './buildFigures'

/** "4 van 352: /, /nieuws/, …" in the Sitebuilds list, from the build's report. */
export function RebuiltPagesCell({ rowData }: DefaultCellComponentProps) {
  const { pagesRendered, pagesReused, renderedPaths } = rowData as {
    pagesRendered?: number | null
    pagesReused?: number | null
    renderedPaths?: string | null
  }
  return <span>{describeRebuiltPages({ rendered: pagesRendered, reused: pagesReused, paths: renderedPaths })}</span>
}
