/**
 * Child process of backup.int.spec.ts: the running CMS whose database is backed up. Opens
 * Payload on DATABASE_URL and MEDIA_DIR (given by the test), seeds it, adds a subscriber and a
 * media file, then keeps the database open until the test disconnects. On `write` it creates
 * news drafts in a loop until `stop`, so the backup runs against a database being written to.
 * Usage: fork with execArgv ['--import', 'tsx'] and argv [subscriberEmail, mediaName].
 */
import sharp from 'sharp'
import { getTestPayload } from '@mao/cms/testing'
import { richText } from '@mao/shared/lexical'
import { seed } from '../src/seed/seed'

export type SourceMessage = { type: 'ready' } | { type: 'stopped'; written: number } | { type: 'failed'; error: string }

const [subscriberEmail = 'lezer@example.org', mediaName = 'backup-check'] = process.argv.slice(2)
const send = (message: SourceMessage) => process.send?.(message)
process.on('disconnect', () => process.exit(0))

try {
  const payload = await getTestPayload()
  await seed(payload)
  await payload.create({ collection: 'subscribers', data: { email: subscriberEmail, status: 'confirmed' } })
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b4f6c' } })
    .png()
    .toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: 'Controlebeeld voor de back-up' },
    file: { data: png, mimetype: 'image/png', name: `${mediaName}.png`, size: png.length },
  })

  let writing = false
  let written = 0
  const writeLoop = async () => {
    while (writing) {
      written += 1
      await payload.create({
        collection: 'news',
        data: { title: `Schrijven tijdens de back-up ${written}`, summary: 'Test.', body: richText([{ p: 'x' }]) },
        draft: true,
      })
      // SQLite calls complete synchronously: without a turn of the event loop, `stop` never arrives.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  let loop: Promise<void> = Promise.resolve()
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'write' && !writing) {
      writing = true
      loop = writeLoop().catch((error: unknown) => {
        send({ type: 'failed', error: String(error) })
      })
    }
    if (message.type === 'stop') {
      writing = false
      void loop.then(() => send({ type: 'stopped', written }))
    }
  })
  send({ type: 'ready' })
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  process.exit(1)
}
