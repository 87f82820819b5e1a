import type { Endpoint } from 'payload'
import { countFigures } from './countFigures'

/**
 * GET /api/figures: `{ figures: { key, label, value, target }[] }`, public. The site reads it at
 * build time; a short cache keeps repeated reads cheap without showing stale counts for long.
 */
export const figuresEndpoint: Endpoint = {
  path: '/figures',
  method: 'get',
  handler: async (req) =>
    Response.json({ figures: await countFigures(req.payload) }, { headers: { 'Cache-Control': 'public, max-age=60' } }),
}
