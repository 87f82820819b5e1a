import path from 'node:path'
import type { Payload } from 'payload'
import type { ErasureSummary, PersonalDataExport } from '@mao/cms/privacy'
import { parsePrivacyArgs, USAGE, UsageError } from './parseArgs'

export type PrivacyDeps = {
  openPayload: () => Promise<Payload>
  exportData: (payload: Payload, email: string) => Promise<PersonalDataExport>
  eraseData: (payload: Payload, email: string) => Promise<ErasureSummary>
  /** Asks a question on the terminal and gives the answer. */
  ask: (question: string) => Promise<string>
  writeFile: (file: string, text: string) => Promise<void>
  /** Where relative paths start (where the command was typed). */
  cwd: string
  out: (line: string) => void
  err: (line: string) => void
  now?: () => Date
}

const stamp = (date: Date) => date.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')

const foundIn = (data: PersonalDataExport) =>
  Object.values(data.data).reduce((sum, { records }) => sum + records.length, 0)

/** Runs `pnpm privacy …` and gives the exit code: 0 done, 1 failed, 2 bad command line or not confirmed. */
export async function runPrivacy(argv: readonly string[], deps: PrivacyDeps): Promise<number> {
  let command
  try {
    command = parsePrivacyArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    deps.err(error.message)
    return 2
  }
  if (command.command === 'help') {
    deps.out(USAGE)
    return 0
  }
  if (command.command === 'erase' && !command.yes) {
    const answer = await deps.ask(
      `Alles wat over ${command.email} is opgeslagen wordt gewist; dit kan niet ongedaan worden gemaakt.\n` +
        'Typ het e-mailadres nog eens om te bevestigen / retype the address to confirm: ',
    )
    if (answer.trim().toLowerCase() !== command.email.toLowerCase()) {
      deps.err('Niet bevestigd; er is niets gewist. / Not confirmed; nothing was erased.')
      return 2
    }
  }
  try {
    const payload = await deps.openPayload()
    if (command.command === 'export') {
      const data = await deps.exportData(payload, command.email)
      const file = path.resolve(
        deps.cwd,
        command.out ?? `persoonsgegevens-${stamp((deps.now ?? (() => new Date()))())}.json`,
      )
      await deps.writeFile(file, `${JSON.stringify(data, null, 2)}\n`)
      deps.out(`${foundIn(data)} gegeven(s) van ${data.email} geschreven naar ${file}`)
      return 0
    }
    const summary = await deps.eraseData(payload, command.email)
    for (const count of Object.values(summary.counts)) {
      if (count.deleted + count.anonymised + count.kept === 0) continue
      deps.out(
        `  ${count.label}: ${count.deleted} verwijderd, ${count.anonymised} geanonimiseerd, ${count.kept} bewaard`,
      )
    }
    const { deleted, anonymised, kept } = summary.total
    deps.out(`Gewist: ${deleted} verwijderd, ${anonymised} geanonimiseerd, ${kept} bewaard.`)
    if (kept > 0) {
      deps.out(
        'Bewaard: een CMS-account (verwijder het onder Gebruikers) of een nieuwsupdate die nu verstuurd wordt (wis later nog eens).',
      )
    }
    return 0
  } catch (error) {
    deps.err(`Mislukt / failed: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}
