'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { hasAdminRole } from '../../access/hasAdminRole'
import { PRIVACY_VIEW_PATH } from './viewPath'

/**
 * The view's link in the admin menu, for admins only. Payload's menu groups hold collections and
 * globals only, so this sits right after them, labelled as part of Beheer.
 */
export function PrivacyNavLink() {
  const { user } = useAuth()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!hasAdminRole(user)) return null
  return (
    <a className="nav__link" href={`${admin}${PRIVACY_VIEW_PATH}`} id="nav-privacy">
      <span className="nav__link-label">Beheer: privacyverzoeken</span>
    </a>
  )
}
