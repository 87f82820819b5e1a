/** Adds the admin examples (see adminExamples.ts) to the database of DATABASE_URL, then exits. */
import { openPayload } from '@mao/scripts/cms'
import { addAdminExamples } from './adminExamples'

try {
  await addAdminExamples(await openPayload())
  process.exit(0)
} catch (error) {
  console.error(`[admin examples] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
