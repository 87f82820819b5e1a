import type { Payload } from 'payload'
import sharp from 'sharp'
import { richText } from '@mao/shared/lexical'

const body = richText([{ p: 'Tekst' }])

/** A published news item (or practice) with a publication date `minutesAgo` minutes back. */
export async function publish(
  payload: Payload,
  collection: 'news' | 'practices',
  title: string,
  {
    minutesAgo = 60,
    inNewsletter = true,
    heroImage,
  }: { minutesAgo?: number; inNewsletter?: boolean; heroImage?: number } = {},
) {
  const publishedAt = new Date(Date.now() - minutesAgo * 60_000).toISOString()
  return payload.create({
    collection,
    data: {
      title,
      summary: `Samenvatting van ${title}.`,
      body,
      publishedAt,
      inNewsletter,
      heroImage,
      _status: 'published',
    } as never,
  })
}

/** An uploaded 1000×750 image with alt text. */
export async function image(payload: Payload, alt: string) {
  const data = await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: 'beeld.png', size: data.length },
  })
}

export async function subscribers(
  payload: Payload,
  entries: Record<string, 'pending' | 'confirmed' | 'unsubscribed' | 'bounced' | 'complained'>,
) {
  for (const [email, status] of Object.entries(entries))
    await payload.create({ collection: 'subscribers', data: { email, status } })
}

/** What the rebuild plugin writes when a site build succeeded (startedAt defaults to now). */
export async function succeededBuild(payload: Payload, startedAt = new Date()) {
  await payload.create({
    collection: 'build-logs',
    data: {
      status: 'succeeded',
      trigger: 'test',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
    },
    overrideAccess: true,
  })
}

export async function waitForStatus(payload: Payload, id: number | string, status: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const doc = await payload.findByID({ collection: 'newsletters', id, depth: 0, showHiddenFields: true })
    if (doc.status === status) return doc
    if (Date.now() > until) throw new Error(`Edition ${id} is still "${doc.status}", expected "${status}"`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
