/**
 * Opens the CMS through the Payload Local API for command-line tools. Schema push is turned off
 * and the committed migrations run instead, so a database used by `pnpm start` stays migratable.
 */
import type { Payload } from 'payload'

export async function openPayload(): Promise<Payload> {
  process.env.DATABASE_PUSH ??= 'false'
  // Outside Next, getPayload would connect to a Next dev server's hot reload on localhost:3000.
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  const [{ getPayload }, { default: config }, { migrations }] = await Promise.all([
    import('payload'),
    import('@mao/cms/config'),
    import('@mao/cms/migrations'),
  ])
  const payload = await getPayload({ config })
  if (payload.db.name === 'sqlite' && process.env.DATABASE_PUSH === 'false') {
    await assertNotDevPushed(payload)
    // The SQLite adapter's migration type is narrower than the generic one `migrate` accepts.
    await payload.db.migrate({
      migrations: migrations as unknown as Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M }
        ? M
        : never,
    })
  }
  return payload
}

async function assertNotDevPushed(payload: Payload): Promise<void> {
  const result = await payload
    .find({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, limit: 1 })
    .catch(() => ({ totalDocs: 0 }))
  if (result.totalDocs > 0) {
    throw new Error(
      'This SQLite database was changed by schema push (next dev), so migrations cannot run on it. Use a separate DATABASE_URL for development or delete the file.',
    )
  }
}
