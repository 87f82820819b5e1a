import { richText } from '@mao/shared/lexical'
import type { SeedPage } from './content/types'

/** A page's layout blocks: its text, a call to action (before or after it), the team block (first or after them) and its form last. */
export function pageLayout(page: Pick<SeedPage, 'body' | 'cta' | 'form' | 'team'>): Record<string, unknown>[] {
  const body = { blockType: 'richText', content: richText(page.body) }
  const cta = page.cta && {
    blockType: 'callToAction',
    heading: page.cta.heading,
    text: page.cta.text,
    link: { label: page.cta.label, url: page.cta.url },
  }
  const team = page.team && {
    blockType: 'team',
    heading: page.team.heading,
    groups: page.team.groups,
    showOfficeContact: page.team.showOfficeContact,
  }
  const form = page.form && { blockType: 'participationForm', form: page.form }
  const text = cta && page.cta?.atStart ? [cta, body] : cta ? [body, cta] : [body]
  return [
    ...(team && page.team?.atStart ? [team] : []),
    ...text,
    ...(team && !page.team?.atStart ? [team] : []),
    ...(form ? [form] : []),
  ]
}
