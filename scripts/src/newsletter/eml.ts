import { randomUUID } from 'node:crypto'

export type EmlMessage = {
  from: string
  to?: string
  subject: string
  html: string
  text: string
  date?: Date
  headers?: Record<string, string>
}

/** RFC 2047 encoded-word for a header with non-ASCII characters. */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`
}

/** An address header: the display name encoded when needed, the address itself as is. */
function encodeAddress(value: string): string {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  if (!match) return value
  const [, name = '', address = ''] = match
  return name ? `${encodeHeader(name.replace(/^"|"$/g, ''))} <${address}>` : `<${address}>`
}

const base64Lines = (content: string): string =>
  Buffer.from(content, 'utf8')
    .toString('base64')
    .replace(/.{1,76}/g, (line) => `${line}\r\n`)

/**
 * A standalone email message (.eml, RFC 5322 + MIME): multipart/alternative with the plain-text
 * and the HTML part, UTF-8, base64 bodies. Opens in any mail program and imports into other
 * sending tools.
 */
export function buildEml(message: EmlMessage): string {
  const boundary = `=_mao_${randomUUID()}`
  const domain = /@([^>\s]+)/.exec(message.from)?.[1] ?? 'localhost'
  const headers: Record<string, string> = {
    From: encodeAddress(message.from),
    ...(message.to ? { To: encodeAddress(message.to) } : {}),
    Subject: encodeHeader(message.subject),
    Date: (message.date ?? new Date()).toUTCString().replace('GMT', '+0000'),
    'Message-ID': `<${randomUUID()}@${domain}>`,
    'MIME-Version': '1.0',
    ...message.headers,
    'Content-Type': `multipart/alternative; boundary="${boundary}"`,
  }
  const part = (type: string, content: string) =>
    `--${boundary}\r\nContent-Type: ${type}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(content)}`
  return [
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`),
    '\r\n',
    part('text/plain', message.text),
    part('text/html', message.html),
    `--${boundary}--\r\n`,
  ].join('')
}
