import type { Payload } from 'payload'
import { getPayload } from 'payload'
import { seed } from '@mao/scripts/seed'
import { addSiteFixtures, type SiteFixtures } from './siteFixtures'

export interface SeededCms {
  url: string
  payload: Payload
  fixtures: SiteFixtures
  close: () => Promise<void>
}

/**
 * A CMS REST API over real HTTP on a fresh database (DATABASE_URL must point to a temporary
 * file before this module is imported), filled with the seed content and the site fixtures.
 */
export async function startSeededCms(port = 0): Promise<SeededCms> {
  // Else getPayload connects to Next's dev-reload socket on localhost:3000 (outside vitest): a CMS we did not start.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const [{ default: config }, { startRestServer }] = await Promise.all([
    import('@mao/cms/config'),
    import('@mao/cms/testing'),
  ])
  const payload = await getPayload({ config })
  await seed(payload)
  const fixtures = await addSiteFixtures(payload)
  const server = await startRestServer(port)
  return { url: server.url, payload, fixtures, close: server.close }
}
