import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'

export const siteDir = path.join(repoRoot, 'site')
export const scriptsDir = path.join(repoRoot, 'scripts')
/** The site's own Astro, used for both builds so they compare like with like. */
export const astroBin = path.join(siteDir, 'node_modules/astro/bin/astro.mjs')
/**
 * Scratch space for one benchmark run. Inside site/ on purpose: Astro keeps its prerender
 * chunks in the output folder only when that folder is inside the project (else in the shared
 * site/.astro), and the bare project resolves `astro` from site/node_modules.
 */
export const benchRoot = path.join(siteDir, '.bench')
