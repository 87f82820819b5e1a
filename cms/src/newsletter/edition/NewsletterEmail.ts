import { Body, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from '@react-email/components'
import { Fragment, createElement as h } from 'react'
import { groupBySection, type NewsletterSectionCollection } from '@mao/shared/newsletterSections'
import { colors, fontFamily } from '../email/theme'

// Written with createElement rather than JSX: the CMS's tsconfig preserves JSX for Next, which
// vitest and tsx (scripts) then cannot run. Same React Email components either way.

export type NewsletterEmailItem = {
  /** Which section the item goes in. */
  collection: NewsletterSectionCollection
  /** A line above the title, for example the kind of activity ("Webinar"). */
  kind?: string
  title: string
  summary: string
  url: string
  /** An activity's date and time, for example "12 maart 2026 om 13:30 – 16:00". */
  when?: string
  /** An activity's place: its address, or "Online". */
  place?: string
  /** `alt` is empty for an image the editor marked decorative; `credit` is shown below it. */
  image?: { src: string; alt: string; width: number; height: number; credit?: string }
}

export type NewsletterEmailProps = {
  siteName: string
  siteUrl: string
  edition: number
  title: string
  intro: string
  /** Human date of sending, for example "12 maart 2026". */
  dateLabel: string
  /** In the editor's order; the email groups them into sections (see `groupBySection`). */
  items: NewsletterEmailItem[]
  archiveUrl: string
  unsubscribeUrl: string
}

const IMAGE_WIDTH = 536
const footerText = { color: colors.footerText, fontSize: '14px', lineHeight: '22px', margin: '0 0 8px' }
const footerLink = { color: colors.footerLink, textDecoration: 'underline' }

/** "Wanneer" and "Waar" of an activity, each on its own line. */
function EventDetails({ when, place }: Pick<NewsletterEmailItem, 'when' | 'place'>) {
  const lines = [
    ['Wanneer', when],
    ['Waar', place],
  ].filter((line): line is [string, string] => Boolean(line[1]))
  if (lines.length === 0) return null
  return h(
    Text,
    { style: { fontSize: '16px', lineHeight: '24px', margin: '0 0 8px' } },
    ...lines.flatMap(([label, value], index) => [
      index > 0 ? h('br', { key: `br-${index}` }) : null,
      h('strong', { key: `label-${index}` }, `${label}: `),
      value,
    ]),
  )
}

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
          style: { display: 'block', height: 'auto', maxWidth: '100%', margin: image.credit ? '0 0 4px' : '0 0 16px' },
        })
      : null,
    image?.credit
      ? h(
          Text,
          { style: { color: colors.muted, fontSize: '12px', lineHeight: '16px', margin: '0 0 16px' } },
          image.credit,
        )
      : null,
    item.kind
      ? h(
          Text,
          { style: { color: colors.muted, fontSize: '14px', fontWeight: 700, lineHeight: '20px', margin: '0 0 4px' } },
          item.kind,
        )
      : null,
    h(
      Heading,
      { as: 'h3', style: { fontSize: '21px', lineHeight: '28px', margin: '0 0 8px' } },
      h(Link, { href: item.url, style: { color: colors.link, textDecoration: 'underline' } }, item.title),
    ),
    h(EventDetails, { when: item.when, place: item.place }),
    item.summary
      ? h(Text, { style: { fontSize: '16px', lineHeight: '24px', margin: '0 0 24px' } }, item.summary)
      : null,
  )
}

/** One section ("Nieuws", "Goede voorbeelden", "Agenda") under its heading. */
function ItemsSection({ heading, items }: { heading: string; items: NewsletterEmailItem[] }) {
  return h(
    Fragment,
    null,
    h(
      Section,
      { style: { padding: '16px 32px 0' } },
      h(
        Heading,
        {
          as: 'h2',
          style: {
            borderBottom: `3px solid ${colors.brand}`,
            color: colors.brand,
            fontSize: '24px',
            lineHeight: '30px',
            margin: '0 0 24px',
            paddingBottom: '8px',
          },
        },
        heading,
      ),
    ),
    ...items.map((item, index) => h(ItemSection, { key: item.url, item, first: index === 0 })),
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
          ...groupBySection(items).map((section) =>
            h(ItemsSection, { key: section.collection, heading: section.heading, items: section.items }),
          ),
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
