import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { getTestPayload } from '@mao/cms/testing'
import { ExportError, exportEdition } from '../src/newsletter/exportEdition'

let payload: Payload
const outDir = mkdtempSync(path.join(tmpdir(), 'mao-export-'))

/** The decoded body of one MIME part of an .eml. */
function part(eml: string, type: string): string {
  const match = new RegExp(
    `Content-Type: ${type}; charset=UTF-8\\r\\nContent-Transfer-Encoding: base64\\r\\n\\r\\n([A-Za-z0-9+/=\\r\\n]+)`,
  ).exec(eml)
  if (!match?.[1]) throw new Error(`No ${type} part`)
  return Buffer.from(match[1].replace(/\r\n/g, ''), 'base64').toString('utf8')
}

beforeAll(async () => {
  process.env.SITE_URL = 'https://site.example'
  payload = await getTestPayload()
  const news = await payload.create({
    collection: 'news',
    data: {
      title: 'Crèche en school werken samen',
      summary: 'Een samenvatting.',
      body: richText([{ p: 'Tekst' }]),
      _status: 'published',
    },
  })
  await payload.create({
    collection: 'newsletters',
    data: {
      title: 'Nieuwsupdate één',
      status: 'draft',
      intro: 'Hallo',
      items: [{ item: { relationTo: 'news', value: news.id } }],
    },
  })
})

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('pnpm newsletter export', () => {
  it('writes the newest edition as HTML, plain text and .eml', async () => {
    const result = await exportEdition(payload, { outDir })
    expect(result.edition).toBe(1)
    expect(result.files.map((file) => path.relative(outDir, file))).toEqual([
      'nieuwsupdate-1/nieuwsupdate-1.html',
      'nieuwsupdate-1/nieuwsupdate-1.txt',
      'nieuwsupdate-1/nieuwsupdate-1.eml',
    ])
    const [html, text, eml] = result.files.map((file) => readFileSync(file, 'utf8')) as [string, string, string]
    expect(html).toMatch(/<html[^>]*lang="nl"/)
    expect(html).toContain('href="https://site.example/nieuws/creche-en-school-werken-samen"')
    expect(html).toContain('href="https://site.example/nieuwsbrief/afmelden"')
    expect(html).not.toContain('afmelden.invalid')
    expect(text).toContain('Crèche en school werken samen')
    expect(eml).toMatch(/^From: Met Andere Ogen <nieuwsbrief@aanpakmetandereogen\.nl>\r\n/)
    expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from('Nieuwsupdate één').toString('base64')}?=\r\n`)
    expect(eml).toMatch(/Content-Type: multipart\/alternative; boundary="[^"]+"/)
    expect(part(eml, 'text/plain')).toBe(text)
    expect(part(eml, 'text/html')).toBe(html)
  })

  it("uses another tool's unsubscribe merge tag when asked", async () => {
    const result = await exportEdition(payload, { edition: 1, outDir, unsubscribeUrl: '*|UNSUB|*' })
    expect(readFileSync(result.files[0]!, 'utf8')).toContain('href="*|UNSUB|*"')
  })

  it('writes the sections of an edition, with the date and place of an activity, in HTML and text', async () => {
    const practice = await payload.create({
      collection: 'practices',
      data: {
        title: 'Zorg in de klas',
        summary: 'Een voorbeeld.',
        body: richText([{ p: 'Tekst' }]),
        _status: 'published',
      },
    })
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Werksessie bindende afspraken',
        summary: 'Samen afspraken maken.',
        startsAt: '2031-03-16T12:00:00.000Z',
        startsAt_tz: 'Europe/Amsterdam',
        endsAt: '2031-03-16T15:00:00.000Z',
        endsAt_tz: 'Europe/Amsterdam',
        kind: 'worksession',
        location: 'Utrecht',
        _status: 'published',
      },
    })
    const news = await payload.find({ collection: 'news', limit: 1 })
    const edition = await payload.create({
      collection: 'newsletters',
      data: {
        title: 'Nieuwsupdate met onderdelen',
        status: 'draft',
        items: [
          { item: { relationTo: 'events', value: event.id } },
          { item: { relationTo: 'practices', value: practice.id } },
          { item: { relationTo: 'news', value: news.docs[0]!.id } },
        ],
      },
    })
    const result = await exportEdition(payload, { edition: edition.edition!, outDir })
    const [html, text] = result.files.map((file) => readFileSync(file, 'utf8')) as [string, string]
    expect([...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1])).toEqual([
      'Nieuws',
      'Goede voorbeelden',
      'Agenda',
    ])
    expect(html).toContain('href="https://site.example/agenda/werksessie-bindende-afspraken"')
    expect(text).toMatch(
      /Nieuws\n\nCrèche en school[\s\S]*Goede voorbeelden\n\nZorg in de klas[\s\S]*Agenda\n\nWerksessie\n\nWerksessie bindende afspraken <https:\/\/site\.example\/agenda\/werksessie-bindende-afspraken>\n\nWanneer: 16 maart 2031 om 13:00 – 16:00\nWaar: Utrecht\n/,
    )
  })

  it('refuses an edition that does not exist', async () => {
    await expect(exportEdition(payload, { edition: 99, outDir })).rejects.toThrow(ExportError)
  })
})
