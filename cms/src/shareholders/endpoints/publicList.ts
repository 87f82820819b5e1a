import type { Endpoint } from 'payload'
import type { Province, Sector } from '@mao/shared/selectOptions'
import { SHAREHOLDER_APPLICATIONS } from '../slug'

export type PublicShareholders = {
  /** Every approved application, shown or not. */
  count: number
  /** Approved organisations that agreed to be named, by name. */
  organisations: { name: string; sector: Sector; province: Province | null }[]
}

/**
 * GET /api/shareholder-applications/public: what the site shows on /aandeelhouders, read at build
 * time. No personal data: the organisation's name, sector and province only.
 */
export const publicListEndpoint: Endpoint = {
  path: '/public',
  method: 'get',
  handler: async ({ payload }) => {
    const approved = { status: { equals: 'approved' } }
    const [{ totalDocs }, { docs }] = await Promise.all([
      payload.count({ collection: SHAREHOLDER_APPLICATIONS, where: approved, overrideAccess: true }),
      payload.find({
        collection: SHAREHOLDER_APPLICATIONS,
        where: { and: [approved, { showPublicly: { equals: true } }] },
        select: { organisation: true, sector: true, province: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      }),
    ])
    const organisations = docs
      .map((doc) => ({ name: doc.organisation, sector: doc.sector, province: doc.province ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    const body: PublicShareholders = { count: totalDocs, organisations }
    return Response.json(body, { headers: { 'Cache-Control': 'public, max-age=60' } })
  },
}
