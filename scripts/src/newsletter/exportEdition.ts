import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { editionForDisplay, newsletterSettings, UNSUBSCRIBE_PLACEHOLDER } from '@mao/cms/newsletter'
import { buildEml } from './eml'

export class ExportError extends Error {
  override name = 'ExportError'
}

export type ExportResult = { edition: number; status: string; dir: string; files: string[] }

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')

/** The edition with this number, or the newest one when none is given. */
async function findEdition(payload: Payload, edition: number | undefined) {
  const { docs } = await payload.find({
    collection: 'newsletters',
    where: edition === undefined ? {} : { edition: { equals: edition } },
    sort: '-edition',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc)
    throw new ExportError(
      edition === undefined ? 'Er is nog geen nieuwsupdate.' : `Nieuwsupdate ${edition} bestaat niet.`,
    )
  return doc
}

/**
 * Write an edition as `nieuwsupdate-<n>.html`, `.txt` and `.eml` into `<outDir>/nieuwsupdate-<n>/`.
 * A sent edition is exported exactly as it was sent; any other as it would be sent now. The
 * personal unsubscribe link becomes `unsubscribeUrl` (by default the site's unsubscribe page,
 * or a merge tag of another sending tool).
 */
export async function exportEdition(
  payload: Payload,
  { edition, outDir, unsubscribeUrl }: { edition?: number; outDir: string; unsubscribeUrl?: string },
): Promise<ExportResult> {
  const found = await findEdition(payload, edition)
  const { doc, email } = await editionForDisplay(payload, found.id)
  const settings = newsletterSettings()
  const link = unsubscribeUrl ?? `${settings.siteUrl}/nieuwsbrief/afmelden`
  const html = email.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, escapeAttribute(link))
  const text = email.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, link)
  const number = doc.edition ?? 0
  const dir = path.resolve(outDir, `nieuwsupdate-${number}`)
  await mkdir(dir, { recursive: true })
  const base = path.join(dir, `nieuwsupdate-${number}`)
  const eml = buildEml({
    from: settings.from,
    subject: email.subject,
    html,
    text,
    date: doc.sentAt ? new Date(doc.sentAt) : new Date(),
    headers: { 'List-Unsubscribe': `<${link}>` },
  })
  const files = [`${base}.html`, `${base}.txt`, `${base}.eml`]
  await Promise.all([writeFile(files[0]!, html), writeFile(files[1]!, text), writeFile(files[2]!, eml)])
  return { edition: number, status: doc.status, dir, files }
}
