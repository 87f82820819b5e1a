/**
 * `pnpm privacy export EMAIL [--out FILE]` and `pnpm privacy erase EMAIL [--yes]`: the AVG export
 * and erasure of everything stored about an address, on the configured database (Local API).
 */
import { writeFile } from 'node:fs/promises'
import { createInterface } from 'node:readline/promises'
import { openPayload } from '../cms'
import { runPrivacy } from './runPrivacy'

async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await terminal.question(question)
  } finally {
    terminal.close()
  }
}

const code = await runPrivacy(process.argv.slice(2), {
  openPayload,
  exportData: async (payload, email) => (await import('@mao/cms/privacy')).exportPersonalData(payload, email),
  eraseData: async (payload, email) => (await import('@mao/cms/privacy')).erasePersonalData(payload, email),
  ask,
  writeFile: (file, text) => writeFile(file, text, { encoding: 'utf8', mode: 0o600 }),
  // pnpm runs this in scripts/; INIT_CWD is where the command was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
process.exit(code)
