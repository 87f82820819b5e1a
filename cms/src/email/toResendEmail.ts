import type { SendEmailOptions } from 'payload'
import type { Attachment, CreateEmailOptions } from 'resend'
import type { SenderAddress } from './senderAddress'

export class UnsupportedEmailError extends Error {
  override name = 'UnsupportedEmailError'
}

type Addresses = SendEmailOptions['to']
type Body = SendEmailOptions['html']

const addressText = (address: string | { name?: string; address: string }): string =>
  typeof address === 'string' ? address : address.name ? `${address.name} <${address.address}>` : address.address

function addresses(value: Addresses): string[] {
  if (!value) return []
  return (Array.isArray(value) ? value : [value]).map(addressText)
}

/** Only text and buffers: streams and remote paths are not something our mails carry. */
function bodyText(value: Body, field: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  if (Buffer.isBuffer(value)) return value.toString('utf8')
  throw new UnsupportedEmailError(`Onverwachte inhoud in ${field}: alleen tekst of een Buffer.`)
}

type PayloadAttachment = { filename?: unknown; content?: unknown; contentType?: unknown }

function attachments(list: PayloadAttachment[] | undefined): Attachment[] | undefined {
  if (!list?.length) return undefined
  return list.map(({ filename, content, contentType: type }) => {
    const contentType = typeof type === 'string' ? type : undefined
    if (typeof filename !== 'string' || !filename)
      throw new UnsupportedEmailError('Een bijlage heeft geen bestandsnaam.')
    // Nodemailer reads string content as text; Resend would read it as base64.
    if (typeof content === 'string') return { filename, content: Buffer.from(content, 'utf8'), contentType }
    if (Buffer.isBuffer(content)) return { filename, content, contentType }
    throw new UnsupportedEmailError(`Bijlage ${filename}: alleen tekst of een Buffer.`)
  })
}

/** Payload's (Nodemailer-shaped) message as the Resend SDK takes it. */
export function toResendEmail(message: SendEmailOptions, sender: SenderAddress): CreateEmailOptions {
  const to = addresses(message.to)
  if (to.length === 0) throw new UnsupportedEmailError('Een e-mail zonder ontvanger.')
  const html = bodyText(message.html, 'html')
  const text = bodyText(message.text, 'text')
  if (html === undefined && text === undefined) throw new UnsupportedEmailError('Een e-mail zonder inhoud.')
  const cc = addresses(message.cc)
  const bcc = addresses(message.bcc)
  const replyTo = addresses(message.replyTo)
  const files = attachments(message.attachments)
  const base = {
    from: message.from ? addressText(message.from) : addressText(sender),
    to,
    subject: message.subject ?? '',
    ...(cc.length ? { cc } : {}),
    ...(bcc.length ? { bcc } : {}),
    ...(replyTo.length ? { replyTo } : {}),
    ...(files ? { attachments: files } : {}),
  }
  return html === undefined ? { ...base, text: text! } : { ...base, html, ...(text === undefined ? {} : { text }) }
}
