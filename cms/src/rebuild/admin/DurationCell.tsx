'use client'
import type { DefaultCellComponentProps } from 'payload'
import { formatDuration } from './buildFigures'

/** The Sitebuilds list shows durations in seconds; the record keeps milliseconds. */
export function DurationCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatDuration(cellData) : ''}</span>
}
