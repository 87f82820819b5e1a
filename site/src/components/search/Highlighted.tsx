import type { HighlightSegment } from '@mao/shared/search/query'

/** Text with the matching words in <mark>; rendered as text nodes, never as HTML. */
export function Highlighted({ segments }: { segments: readonly HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  )
}
