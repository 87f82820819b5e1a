import { richText } from '@mao/shared/lexical'
import type { SeedPage } from './content/types'

/** A page's layout blocks: its text, a call to action (before or after it) and its form last. */
export function pageLayout(page: Pick<SeedPage, 'body' | 'cta' | 'form'>): Record<string, unknown>[] {
  const body = { blockType: 'richText', content: richText(page.body) }
  const cta = page.cta && {
    blockType: 'callToAction',
    heading: page.cta.heading,
    text: page.cta.text,
    link: { label: page.cta.label, url: page.cta.url },
  }
  const form = page.form && { blockType: 'participationForm', form: page.form }
  return [...(cta && page.cta?.atStart ? [cta, body] : cta ? [body, cta] : [body]), ...(form ? [form] : [])]
}
