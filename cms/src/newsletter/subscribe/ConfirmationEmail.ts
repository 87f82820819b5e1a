import { Body, Button, Container, Head, Heading, Html, Link, Preview, Section, Text } from '@react-email/components'
import { createElement as h } from 'react'
import { colors, fontFamily } from '../email/theme'

export type ConfirmationEmailProps = { siteName: string; siteUrl: string; confirmUrl: string; validHours: number }

const small = { fontSize: '14px', lineHeight: '22px', color: colors.muted }
const link = { color: colors.link, textDecoration: 'underline' }

/** Double opt-in: the link opens a page with a button; only that button's POST confirms. */
export function ConfirmationEmail({ siteName, siteUrl, confirmUrl, validHours }: ConfirmationEmailProps) {
  return h(
    Html,
    { lang: 'nl', dir: 'ltr' },
    h(Head, null, h('title', null, `Bevestig je aanmelding – ${siteName}`)),
    h(Preview, null, `Bevestig je aanmelding voor de nieuwsupdate van ${siteName}`),
    h(
      Body,
      { style: { backgroundColor: colors.page, color: colors.text, fontFamily, margin: 0, padding: '24px 0' } },
      h(
        'div',
        {
          role: 'article',
          'aria-roledescription': 'e-mail',
          'aria-label': 'Bevestig je aanmelding',
          lang: 'nl',
          dir: 'ltr',
        },
        h(
          Container,
          { style: { backgroundColor: colors.surface, maxWidth: '600px', padding: '32px', width: '100%' } },
          h(
            Heading,
            { as: 'h1', style: { fontSize: '24px', lineHeight: '30px', margin: '0 0 16px' } },
            'Bevestig je aanmelding',
          ),
          h(
            Text,
            { style: { fontSize: '16px', lineHeight: '24px' } },
            `Je hebt je aangemeld voor de nieuwsupdate van ${siteName}. Bevestig je aanmelding via de knop hieronder; daarna ontvang je elke twee weken het laatste nieuws en nieuwe goede voorbeelden.`,
          ),
          h(
            Section,
            { style: { margin: '24px 0' } },
            h(
              Button,
              {
                href: confirmUrl,
                style: {
                  backgroundColor: colors.brand,
                  borderRadius: '4px',
                  color: colors.onBrand,
                  fontSize: '16px',
                  fontWeight: 700,
                  padding: '12px 20px',
                },
              },
              'Aanmelding bevestigen',
            ),
          ),
          h(
            Text,
            { style: small },
            'Werkt de knop niet? Open dan deze link: ',
            h(Link, { href: confirmUrl, style: link }, confirmUrl),
            `. De link is ${validHours} uur geldig.`,
          ),
          h(
            Text,
            { style: small },
            'Heb je je niet aangemeld? Dan hoef je niets te doen: zonder bevestiging sturen we je niets en verwijderen we je e-mailadres binnen een week. ',
            h(Link, { href: siteUrl, style: link }, siteName),
          ),
        ),
      ),
    ),
  )
}
