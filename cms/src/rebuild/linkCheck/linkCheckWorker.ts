/**
 * Worker thread entry: checks one release's links away from the CMS's main thread, which keeps
 * answering editors meanwhile. Outside Next, Node runs this file as is (type stripping), so it
 * imports only what Node resolves by itself.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { checkLinks } from '@mao/site/check-links'
import type { LinkCheckJob } from './workerLinkChecker'

const { releaseDir, siteUrl } = workerData as LinkCheckJob
parentPort?.postMessage(checkLinks(releaseDir, { siteUrl }))
