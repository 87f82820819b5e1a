import type { Payload } from 'payload'
import type { SeedTeamMember } from './content/types'

/**
 * Creates the programme team as published members, matched by name (team members have no slug)
 * so a second run creates nothing. `seeding` in the context: no rebuild is requested per member.
 */
export async function seedTeam(payload: Payload, members: SeedTeamMember[]): Promise<number> {
  let created = 0
  for (const member of members) {
    const existing = await payload.find({
      collection: 'team-members',
      where: { name: { equals: member.name } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
    })
    if (existing.docs.length > 0) continue
    await payload.create({
      collection: 'team-members',
      data: {
        name: member.name,
        role: member.role,
        organisation: member.organisation,
        email: member.email,
        phone: member.phone,
        publishConsent: member.publishConsent,
        group: member.group,
        order: member.order,
        publishedAt: new Date('2020-01-15').toISOString(),
        _status: 'published',
      },
      overrideAccess: true,
      context: { seeding: true },
    })
    created += 1
  }
  return created
}
