import type { Payload } from 'payload'
import { systemContext } from '../systemContext'

const MAX_LOG_ENTRIES = 200

/** Append a line to an edition's send log (shown in the admin), keeping the last 200. */
export async function appendSendLog(
  payload: Payload,
  newsletterId: number | string,
  message: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const doc = await payload.findByID({
    collection: 'newsletters',
    id: newsletterId,
    depth: 0,
    select: { sendLog: true },
    overrideAccess: true,
  })
  const log = [...(doc.sendLog ?? []), { at: new Date().toISOString(), message }].slice(-MAX_LOG_ENTRIES)
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: { sendLog: log.map(({ at, message: line }) => ({ at, message: line })), ...extra },
    depth: 0,
    overrideAccess: true,
    context: systemContext,
  })
  payload.logger.info({ msg: `Nieuwsupdate ${newsletterId}: ${message}` })
}
