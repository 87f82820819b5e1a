import config from '@payload-config'
import { getPayload } from 'payload'
import { readyzResponse } from './readiness'

/**
 * Readiness for a load balancer or supervisor: see `checkReadiness`. It starts Payload with its job
 * crons (scheduled publishing, the news update), as REST requests do: server.ts asks once at start,
 * so planned publications do not wait for the first editor after a restart.
 */
export const dynamic = 'force-dynamic'

export const GET = (): Promise<Response> => readyzResponse(() => getPayload({ config, cron: true }))
