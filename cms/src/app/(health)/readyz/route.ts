import config from '@payload-config'
import { getPayload } from 'payload'
import { readyzResponse } from './readiness'

/** Readiness for a load balancer or supervisor: see `checkReadiness`. */
export const dynamic = 'force-dynamic'

export const GET = (): Promise<Response> => readyzResponse(() => getPayload({ config }))
