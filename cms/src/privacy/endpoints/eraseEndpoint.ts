import { erasePersonalData } from '../erasePersonalData'
import { privacyEndpoint } from './privacyEndpoint'

/** POST /api/privacy/erase: deletes or anonymises everything stored about `email`; answers the counts. */
export const eraseEndpoint = privacyEndpoint('erase', async (payload, address) =>
  Response.json(await erasePersonalData(payload, address), { headers: { 'cache-control': 'no-store' } }),
)
