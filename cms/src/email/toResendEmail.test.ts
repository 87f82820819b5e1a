import { describe, expect, it } from 'vitest'
import { toResendEmail, UnsupportedEmailError } from './toResendEmail'

const sender = { name: 'Met Andere Ogen', address: 'nieuwsbrief@example.org' }

describe('toResendEmail', () => {
  it('maps Payload addresses, bodies and the default sender', () => {
    expect(
      toResendEmail(
        {
          to: [{ name: 'Petra', address: 'petra@example.org' }, 'jan@example.org'],
          cc: 'bureau@example.org',
          subject: 'Onderwerp',
          html: '<p>Hallo</p>',
          text: Buffer.from('Hallo'),
        },
        sender,
      ),
    ).toEqual({
      from: 'Met Andere Ogen <nieuwsbrief@example.org>',
      to: ['Petra <petra@example.org>', 'jan@example.org'],
      cc: ['bureau@example.org'],
      subject: 'Onderwerp',
      html: '<p>Hallo</p>',
      text: 'Hallo',
    })
  })

  it('keeps the sender Payload chose and sends text attachments as UTF-8 bytes', () => {
    const email = toResendEmail(
      {
        from: '"Redactie" <redactie@example.org>',
        to: 'petra@example.org',
        subject: 'Bijlage',
        text: 'Zie bijlage',
        attachments: [{ filename: 'lijst.csv', content: 'naam;één', contentType: 'text/csv' }],
      },
      sender,
    )
    expect(email.from).toBe('"Redactie" <redactie@example.org>')
    expect(email.attachments?.[0]?.content).toEqual(Buffer.from('naam;één', 'utf8'))
  })

  it('refuses a mail without recipient or content', () => {
    expect(() => toResendEmail({ subject: 'Leeg', html: '<p>x</p>' }, sender)).toThrow(UnsupportedEmailError)
    expect(() => toResendEmail({ to: 'petra@example.org', subject: 'Leeg' }, sender)).toThrow(UnsupportedEmailError)
  })
})
