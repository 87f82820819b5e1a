import type { Payload } from 'payload'
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
  const { getTestPayload, startRestServer } = await import('@mao/cms/testing')
  const payload = await getTestPayload()
  await seed(payload)
  const fixtures = await addSiteFixtures(payload)
  const server = await startRestServer(port)
  return { url: server.url, payload, fixtures, close: server.close }
}
