import type { Payload } from 'payload'

/** Where form messages for the programme office go: the contact address in the site settings. */
export async function programmeOfficeAddress(payload: Payload): Promise<string | undefined> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return settings.contact?.email?.trim() || undefined
}
