/**
 * A CMS process that runs one site build and is killed in the middle of it (the rebuild fault
 * tests): Payload on the same DATABASE_URL as the test, the build requested like the admin
 * button does, recorded in Sitebuilds. Usage: `node --import tsx buildInChild.ts <reason>`.
 */
import { getRebuildScheduler } from '@mao/cms/rebuild'
import { getTestPayload } from '@mao/cms/testing'

const payload = await getTestPayload()
const scheduler = getRebuildScheduler()
scheduler.request(process.argv[2] ?? 'Build in een ander proces', { payload, immediate: true })
await scheduler.whenIdle()
process.exit(0)
