import { render } from '@react-email/render'
import type { ReactElement } from 'react'

export type RenderedEmail = { html: string; text: string }

// Headings keep their case in the text part; links read "text: url" rather than "text url".
const textSelectors = [
  { selector: 'h1', options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 2 } },
  { selector: 'h2', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 } },
  { selector: 'h3', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 } },
  { selector: 'hr', format: 'skip' },
  { selector: 'a', options: { linkBrackets: ['<', '>'], hideLinkHrefIfSameAsText: true } },
]

/** HTML and the plain-text part of one React Email component tree. */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: textSelectors } }),
  ])
  return { html, text: text.replace(/\n{3,}/g, '\n\n').trim() + '\n' }
}
