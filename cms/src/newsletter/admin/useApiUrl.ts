'use client'
import { useConfig } from '@payloadcms/ui'

/** `/api/newsletters/<id><path>` on this CMS. */
export function useNewsletterApiUrl(id: number | string | undefined, path = ''): string | undefined {
  const {
    config: { serverURL, routes },
  } = useConfig()
  return id === undefined ? undefined : `${serverURL ?? ''}${routes.api}/newsletters/${id}${path}`
}
