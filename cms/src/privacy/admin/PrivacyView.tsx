import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { hasAdminRole } from '../../access/hasAdminRole'
import { PrivacyRequestForm } from './PrivacyRequestForm'

/** /admin/privacy: export or erase everything stored about an email address (admins only). */
export function PrivacyView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Privacyverzoeken</h1>
        {hasAdminRole(req.user) ? (
          <PrivacyRequestForm />
        ) : (
          <p>Alleen beheerders kunnen persoonsgegevens opvragen of wissen.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
