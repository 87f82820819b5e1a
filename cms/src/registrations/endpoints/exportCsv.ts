import type { Endpoint } from 'payload'
import { registrationStatusLabels } from '@mao/shared/selectOptions'
import { SITE_TIME_ZONE } from '@mao/shared/dates'
import { requireEditor } from '../../access/requireEditor'
import { targetRows } from '../engine/rows'
import { toCsv } from '../export/csv'
import { loadTarget } from '../targets/loadTarget'

const HEADER = ['volgnummer', 'status', 'naam', 'e-mail', 'organisatie', 'ingeschreven op']
const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short', timeZone: SITE_TIME_ZONE })

/**
 * GET /api/registrations/export.csv?target=communities:<id>: every registration of a target in
 * arrival order, for Dutch Excel. Editors and admins only.
 */
export const exportCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const refused = requireEditor(req, { ok: false, message: 'Log in om deelnemers te exporteren.' })
    if (refused) return refused
    const key = req.searchParams.get('target') ?? ''
    const target = await loadTarget(req.payload, key)
    if (!target) return Response.json({ ok: false, message: 'Onbekende Community of activiteit.' }, { status: 404 })
    const rows = await targetRows(req.payload, target.key)
    const csv = toCsv([
      HEADER,
      ...rows.map((row) => [
        String(row.sequence),
        row.status ? registrationStatusLabels[row.status] : '',
        row.name,
        row.email,
        row.organisation ?? '',
        dateTime.format(new Date(row.createdAt)),
      ]),
    ])
    const filename = `deelnemers-${target.path.split('/').pop() || target.key.replace(':', '-')}.csv`
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
