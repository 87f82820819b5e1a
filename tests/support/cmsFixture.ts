import type { Payload } from 'payload'
import { seed } from '@mao/scripts/seed'
import { addRedirectFixtures } from './redirectFixtures'
import { addSiteFixtures, type SiteFixtures } from './siteFixtures'

export interface SeededCms {
  url: string
  payload: Payload
  fixtures: SiteFixtures
  close: () => Promise<void>
}

/**
 * A CMS REST API over real HTTP on a fresh database (DATABASE_URL must point to a temporary
 * file before this module is imported), filled with the seed content, the site fixtures and the
 * redirects a renamed and a deleted news item leave.
 */
export async function startSeededCms(port = 0): Promise<SeededCms> {
  const { getTestPayload, startRestServer } = await import('@mao/cms/testing')
  const payload = await getTestPayload()
  await seed(payload)
  const fixtures = await addSiteFixtures(payload)
  await addRedirectFixtures(payload)
  const server = await startRestServer(port)
  return { url: server.url, payload, fixtures, close: server.close }
}
