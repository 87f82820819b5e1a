import { Body, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from '@react-email/components'
import { createElement as h } from 'react'
import { colors, fontFamily } from '../email/theme'

// Written with createElement rather than JSX: the CMS's tsconfig preserves JSX for Next, which
// vitest and tsx (scripts) then cannot run. Same React Email components either way.

export type NewsletterEmailItem = {
  kind: string
  title: string
  summary: string
  url: string
  image?: { src: string; alt: string; width: number; height: number }
}

export type NewsletterEmailProps = {
  siteName: string
  siteUrl: string
  edition: number
  title: string
  intro: string
  /** Human date of sending, for example "12 maart 2026". */
  dateLabel: string
  items: NewsletterEmailItem[]
  archiveUrl: string
  unsubscribeUrl: string
}

const IMAGE_WIDTH = 536
const footerText = { color: colors.footerText, fontSize: '14px', lineHeight: '22px', margin: '0 0 8px' }
const footerLink = { color: colors.footerLink, textDecoration: 'underline' }

function ItemSection({ item, first }: { item: NewsletterEmailItem; first: boolean }) {
  const { image } = item
  return h(
    Section,
    { style: { padding: '0 32px' } },
    first ? null : h(Hr, { style: { borderColor: colors.rule, margin: '8px 0 24px' } }),
    image
      ? h(Img, {
          src: image.src,
          alt: image.alt,
          width: IMAGE_WIDTH,
          height: Math.round((image.height / image.width) * IMAGE_WIDTH),
          style: { display: 'block', height: 'auto', maxWidth: '100%', margin: '0 0 16px' },
        })
      : null,
    h(
      Text,
      { style: { color: colors.muted, fontSize: '14px', fontWeight: 700, lineHeight: '20px', margin: '0 0 4px' } },
      item.kind,
    ),
    h(
      Heading,
      { as: 'h2', style: { fontSize: '21px', lineHeight: '28px', margin: '0 0 8px' } },
      h(Link, { href: item.url, style: { color: colors.link, textDecoration: 'underline' } }, item.title),
    ),
    h(Text, { style: { fontSize: '16px', lineHeight: '24px', margin: '0 0 24px' } }, item.summary),
  )
}

/** The biweekly news update: one column, readable without images, every link absolute. */
export function NewsletterEmail(props: NewsletterEmailProps) {
  const { siteName, siteUrl, edition, title, intro, dateLabel, items, archiveUrl, unsubscribeUrl } = props
  const paragraphs = intro ? intro.split(/\n{2,}/).filter((paragraph) => paragraph.trim()) : []
  return h(
    Html,
    { lang: 'nl', dir: 'ltr' },
    h(
      Head,
      null,
      h('title', null, `${title} – ${siteName}`),
      h('meta', { name: 'color-scheme', content: 'light' }),
      h('meta', { name: 'supported-color-schemes', content: 'light' }),
    ),
    h(Preview, null, paragraphs[0] ?? title),
    h(
      Body,
      { style: { backgroundColor: colors.page, color: colors.text, fontFamily, margin: 0, padding: '24px 0' } },
      // The email accessibility pattern: an article named after the email, inside the mail client's own page.
      h(
        'div',
        { role: 'article', 'aria-roledescription': 'e-mail', 'aria-label': title, lang: 'nl', dir: 'ltr' },
        h(
          Container,
          { style: { backgroundColor: colors.surface, maxWidth: '600px', width: '100%' } },
          h(
            Section,
            { style: { backgroundColor: colors.brand, padding: '24px 32px' } },
            h(
              Text,
              { style: { color: colors.onBrand, fontSize: '14px', lineHeight: '20px', margin: 0 } },
              h(
                Link,
                { href: siteUrl, style: { color: colors.onBrand, fontWeight: 700, textDecoration: 'none' } },
                siteName,
              ),
              ` · Nieuwsupdate ${edition} · ${dateLabel}`,
            ),
          ),
          h(
            Section,
            { style: { padding: '24px 32px 8px' } },
            h(
              Heading,
              { as: 'h1', style: { color: colors.text, fontSize: '28px', lineHeight: '34px', margin: '0 0 16px' } },
              title,
            ),
            ...paragraphs.map((paragraph, index) =>
              h(Text, { key: index, style: { fontSize: '17px', lineHeight: '26px', margin: '0 0 16px' } }, paragraph),
            ),
          ),
          ...items.map((item, index) => h(ItemSection, { key: item.url, item, first: index === 0 })),
          h(
            Section,
            { style: { backgroundColor: colors.footer, padding: '24px 32px', marginTop: '16px' } },
            h(
              Text,
              { style: footerText },
              'Je ontvangt deze nieuwsupdate omdat je je hebt aangemeld op ',
              h(Link, { href: siteUrl, style: footerLink }, siteUrl.replace(/^https?:\/\//, '')),
              '.',
            ),
            h(
              Text,
              { style: { ...footerText, margin: 0 } },
              h(Link, { href: archiveUrl, style: footerLink }, 'Lees deze nieuwsupdate op de website'),
              ' · ',
              h(Link, { href: unsubscribeUrl, style: footerLink }, 'Afmelden voor de nieuwsupdate'),
            ),
          ),
        ),
      ),
    ),
  )
}
