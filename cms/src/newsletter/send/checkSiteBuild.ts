import type { Payload } from 'payload'
import type { Newsletter } from '@mao/shared/payload-types'
import { formatDateTime } from '@mao/shared/dates'
import { newsletterSections } from '@mao/shared/newsletterSections'
import { liveReleaseStartedAt } from '../../rebuild'

export type BuildCheck = { ok: true; warning?: string } | { ok: false; message: string }

/** When the newest of the edition's items was last published or changed. */
async function itemsLastChanged(payload: Payload, newsletter: Newsletter): Promise<number> {
  let latest = 0
  for (const { collection } of newsletterSections) {
    const ids = (newsletter.items ?? [])
      .filter((row) => row.item.relationTo === collection)
      .map((row) => (typeof row.item.value === 'object' ? row.item.value.id : row.item.value))
    if (ids.length === 0) continue
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      select: { updatedAt: true, publishedAt: true },
      overrideAccess: true,
    })
    for (const doc of docs)
      latest = Math.max(latest, Date.parse(doc.updatedAt), doc.publishedAt ? Date.parse(doc.publishedAt) : 0)
  }
  return latest
}

/**
 * Links in the email must work: a site build that started after the edition's items were last
 * published has to have succeeded. Uses the `build-logs` collection of the rebuild plugin, and
 * the release online on this machine (built before builds were recorded, or its record pruned);
 * when that collection does not exist the check is skipped with a warning.
 */
export async function checkSiteBuild(payload: Payload, newsletter: Newsletter): Promise<BuildCheck> {
  if (!payload.collections['build-logs']) {
    return {
      ok: true,
      warning: 'Geen build-logs beschikbaar: niet gecontroleerd of de site na de laatste wijzigingen is gebouwd.',
    }
  }
  const { docs } = await payload.find({
    collection: 'build-logs',
    where: { status: { equals: 'succeeded' } },
    sort: '-finishedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const build = docs[0]
  const changed = await itemsLastChanged(payload, newsletter)
  const starts = [
    Date.parse(build?.startedAt ?? build?.createdAt ?? build?.finishedAt ?? ''),
    liveReleaseStartedAt()?.getTime() ?? Number.NaN,
  ].filter(Number.isFinite)
  if (starts.length === 0)
    return {
      ok: false,
      message:
        'Er is nog geen geslaagde build van de website. Versturen kan pas als de site met deze berichten online staat.',
    }
  const started = Math.max(...starts)
  if (started < changed) {
    return {
      ok: false,
      message: `De website is niet meer gebouwd sinds de berichten in deze nieuwsupdate zijn gepubliceerd (${formatDateTime(new Date(changed))}). Wacht tot de volgende build is geslaagd, anders werken links in de e-mail niet.`,
    }
  }
  return { ok: true }
}
