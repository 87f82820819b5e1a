import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { hasAdminRole } from '../../access/hasAdminRole'
import { readFields } from '../../http/readFields'
import { InvalidAddressError, requireAddress } from '../requireAddress'

const error = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/** Admins only: editors handle applications and messages, but an export or erasure is the admin's call. */
function refuse(req: PayloadRequest): Response | undefined {
  if (!req.user) return error('Log in als beheerder om persoonsgegevens op te vragen of te wissen.', 401)
  if (!hasAdminRole(req.user)) return error('Alleen beheerders kunnen persoonsgegevens opvragen of wissen.', 403)
  return undefined
}

/** POST `/api/privacy/<action>` with field `email` (JSON or form body): `act` answers for the address. */
export const privacyEndpoint = (
  action: 'export' | 'erase',
  act: (payload: Payload, address: string) => Promise<Response>,
): Endpoint => ({
  path: `/privacy/${action}`,
  method: 'post',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const body = await readFields(req)
    if ('status' in body) return error(body.message, body.status)
    let address: string
    try {
      address = requireAddress(body.fields.email)
    } catch (cause) {
      if (cause instanceof InvalidAddressError) return error(cause.message, 400)
      throw cause
    }
    return act(req.payload, address)
  },
})
