import { startSiteServer } from './startSiteServer'

/** `tsx src/site-server/cli.ts`: serve the built site on SITE_PORT (default 4321). */
const site = await startSiteServer()
console.log(`Site: ${site.url}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void site.close().then(() => process.exit(0))
  })
}
