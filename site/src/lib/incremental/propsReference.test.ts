import { describe, expect, it } from 'vitest'
import { emptySiteContent } from '../content/emptySiteContent'
import { propsReference } from './propsReference'
import { trackContent, untracked } from './trackedContent'

const content = (title: string) =>
  trackContent(
    emptySiteContent({
      news: [
        { id: '1', title },
        { id: '2', title: 'Twee' },
      ],
    }),
  )

describe('propsReference', () => {
  it('names documents instead of copying them: an edit leaves the reference alone', () => {
    const before = untracked(content('Een').news)[0]
    const after = untracked(content('Eén').news)[0]
    expect(propsReference({ doc: before })).toBe(propsReference({ doc: after }))
  })

  it('changes when the props name other documents or other values', () => {
    const [first, second] = untracked(content('Een').news)
    expect(propsReference({ page: { data: [first], currentPage: 1 } })).not.toBe(
      propsReference({ page: { data: [second], currentPage: 1 } }),
    )
    expect(propsReference({ body: 'a' })).not.toBe(propsReference({ body: 'b' }))
  })
})
