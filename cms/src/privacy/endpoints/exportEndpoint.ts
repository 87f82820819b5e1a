import { addressReference } from '../address'
import { exportPersonalData } from '../exportPersonalData'
import { privacyEndpoint } from './privacyEndpoint'

/** POST /api/privacy/export: everything stored about `email`, as a JSON download. */
export const exportEndpoint = privacyEndpoint('export', async (payload, address) => {
  const data = await exportPersonalData(payload, address)
  return Response.json(data, {
    headers: {
      'cache-control': 'no-store',
      // The file name carries the reference, not the address: downloads folders are not private.
      'content-disposition': `attachment; filename="persoonsgegevens-${addressReference(payload.secret, address)}.json"`,
    },
  })
})
