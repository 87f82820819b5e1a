import type { Payload } from 'payload'

export type Readiness = { ready: true } | { ready: false; reason: string; error?: unknown }

const headers = { 'Cache-Control': 'no-store' }

/**
 * Ready to serve: Payload initialised (its migrations included) and one row read from the
 * database, within `timeoutMs`. Initialisation continues after a timeout, so a later check can pass.
 */
export async function checkReadiness(openPayload: () => Promise<Payload>, timeoutMs = 5_000): Promise<Readiness> {
  const attempt = async (): Promise<Readiness> => {
    let payload: Payload
    try {
      payload = await openPayload()
    } catch (error) {
      return { ready: false, reason: 'payload not initialised', error }
    }
    try {
      await payload.find({
        collection: 'users',
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      return { ready: true }
    } catch (error) {
      return { ready: false, reason: 'database read failed', error }
    }
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs)
  })
  try {
    return await Promise.race([attempt(), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** `GET /readyz`: 200 when ready, else 503 with a short reason (details go to the server log only). */
export async function readyzResponse(openPayload: () => Promise<Payload>, timeoutMs?: number): Promise<Response> {
  const readiness = await checkReadiness(openPayload, timeoutMs)
  if (readiness.ready) return Response.json({ status: 'ready' }, { headers })
  console.error(`[readyz] not ready: ${readiness.reason}`, ...(readiness.error ? [readiness.error] : []))
  return Response.json({ status: 'unavailable', reason: readiness.reason }, { status: 503, headers })
}
