export { hasRelease, startSiteServer, type SiteServer, type SiteServerOptions } from './startSiteServer'
export { defaultSiteRoot } from './siteRoot'
