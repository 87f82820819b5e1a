import { cmsUrl } from '../env'
import { SHAREHOLDER_APPLICATIONS } from './slug'

/** The application's page in the admin, for emails to the programme office. */
export const applicationAdminUrl = (id: number | string, env: NodeJS.ProcessEnv = process.env): string =>
  `${(env.CMS_PUBLIC_URL?.trim() || cmsUrl(env)).replace(/\/+$/, '')}/admin/collections/${SHAREHOLDER_APPLICATIONS}/${id}`
