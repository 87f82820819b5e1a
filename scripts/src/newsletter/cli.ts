/**
 * `pnpm newsletter export [edition] [--out <dir>] [--unsubscribe-url <url>]`: writes an edition
 * (default: the newest) as HTML, plain text and .eml into <dir>/nieuwsupdate-<n>/ (default dir:
 * ./nieuwsbrief-export), for archiving or for sending with another tool.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from '../cms'
import { ExportError, exportEdition } from './exportEdition'

const usage = 'Gebruik: pnpm newsletter export [nummer] [--out <map>] [--unsubscribe-url <url>]'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'unsubscribe-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
})
const [command, editionArg, ...rest] = positionals
if (values.help || command !== 'export' || rest.length > 0) {
  console.error(usage)
  process.exit(values.help ? 0 : 2)
}
const edition = editionArg === undefined ? undefined : Number(editionArg)
if (edition !== undefined && (!Number.isInteger(edition) || edition < 1)) {
  console.error(`Het nummer van de nieuwsupdate moet een positief geheel getal zijn, niet "${editionArg}".\n${usage}`)
  process.exit(2)
}
const unsubscribeUrl = values['unsubscribe-url']
if (unsubscribeUrl !== undefined && !/^(https?:\/\/|mailto:|\*\||\{\{|%)/i.test(unsubscribeUrl)) {
  console.error(
    `--unsubscribe-url moet een https://-adres of een samenvoegveld van je verzendprogramma zijn, niet "${unsubscribeUrl}".`,
  )
  process.exit(2)
}

// pnpm runs this in scripts/; INIT_CWD is where the command was typed.
const outDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? 'nieuwsbrief-export')
try {
  const payload = await openPayload()
  const result = await exportEdition(payload, { edition, outDir, unsubscribeUrl })
  console.log(`Nieuwsupdate ${result.edition} (${result.status}) geschreven naar ${result.dir}:`)
  for (const file of result.files) console.log(`  ${path.basename(file)}`)
  process.exit(0)
} catch (error) {
  console.error(
    error instanceof ExportError
      ? error.message
      : `Exporteren mislukt: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}
