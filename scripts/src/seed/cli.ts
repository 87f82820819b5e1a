/**
 * `pnpm seed [--scale N]`: fills the database with the programme's content, then optionally
 * N generated documents for benchmarks. Safe to run again: nothing is created twice.
 */
import { parseArgs } from 'node:util'
import { openPayload } from '../cms'
import { adminCredentials } from './admin'
import { seed } from './seed'
import { seedScale } from './scale'

const { values } = parseArgs({ options: { scale: { type: 'string' } }, allowPositionals: false })
const scale = values.scale === undefined ? 0 : Number(values.scale)
if (!Number.isInteger(scale) || scale < 0) {
  console.error(`--scale needs a whole number of documents, got "${values.scale}"`)
  process.exit(2)
}

const log = (message: string) => console.log(`[seed] ${message}`)
try {
  const payload = await openPayload()
  const report = await seed(payload, log)
  if (report.admin) log(`first admin created: ${adminCredentials().email}`)
  if (scale > 0) log(`scale: ${await seedScale(payload, scale, log)} generated documents created`)
  process.exit(0)
} catch (error) {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
