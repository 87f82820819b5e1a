import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import { createElement as h } from 'react'
import { emailColors as colors, emailFontFamily as fontFamily } from '../newsletter'

export type FormEmailProps = {
  siteName: string
  siteUrl: string
  heading: string
  paragraphs: string[]
  button?: { label: string; url: string }
}

/**
 * A notice about a form (confirmation, decision, registration, message received), in the
 * newsletter's style: heading, paragraphs, an optional button with its link written out for
 * when the button does not work, and a footer with the site's name.
 */
export function FormEmail({ siteName, siteUrl, heading, paragraphs, button }: FormEmailProps) {
  const body = { fontSize: '16px', lineHeight: '24px' }
  const small = { fontSize: '14px', lineHeight: '22px', color: colors.muted }
  const link = { color: colors.link, textDecoration: 'underline' }
  return h(
    Html,
    { lang: 'nl', dir: 'ltr' },
    h(Head, null, h('title', null, `${heading} – ${siteName}`)),
    h(Preview, null, paragraphs[0] ?? heading),
    h(
      Body,
      { style: { backgroundColor: colors.page, color: colors.text, fontFamily, margin: 0, padding: '24px 0' } },
      h(
        'div',
        { role: 'article', 'aria-roledescription': 'e-mail', 'aria-label': heading, lang: 'nl', dir: 'ltr' },
        h(
          Container,
          { style: { backgroundColor: colors.surface, maxWidth: '600px', padding: '32px', width: '100%' } },
          h(Heading, { as: 'h1', style: { fontSize: '24px', lineHeight: '30px', margin: '0 0 16px' } }, heading),
          ...paragraphs.map((paragraph, index) => h(Text, { key: `p${index}`, style: body }, paragraph)),
          ...(button
            ? [
                h(
                  Section,
                  { key: 'button', style: { margin: '24px 0' } },
                  h(
                    Button,
                    {
                      href: button.url,
                      style: {
                        backgroundColor: colors.brand,
                        borderRadius: '4px',
                        color: colors.onBrand,
                        fontSize: '16px',
                        fontWeight: 700,
                        padding: '12px 20px',
                      },
                    },
                    button.label,
                  ),
                ),
                h(
                  Text,
                  { key: 'fallback', style: small },
                  'Werkt de knop niet? Open dan deze link: ',
                  h(Link, { href: button.url, style: link }, button.url),
                ),
              ]
            : []),
          h(Hr, { style: { borderColor: colors.rule, margin: '24px 0 16px' } }),
          h(Text, { style: small }, h(Link, { href: siteUrl, style: link }, siteName)),
        ),
      ),
    ),
  )
}
