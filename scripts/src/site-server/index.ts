/** Public entry (`@mao/scripts/site-server`): the built site's static file server, for start, tests and benches. */
export { startSiteServer, type FileSent, type SiteServer, type SiteServerOptions } from './startSiteServer'
