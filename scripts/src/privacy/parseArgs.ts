import { parseArgs } from 'node:util'

export const USAGE = [
  'Gebruik / usage:',
  '  pnpm privacy export EMAIL [--out BESTAND]   alles wat over EMAIL is opgeslagen, als JSON',
  '  pnpm privacy erase EMAIL [--yes]            dat alles wissen (vraagt om bevestiging zonder --yes)',
].join('\n')

export type PrivacyCommand =
  | { command: 'export'; email: string; out?: string }
  | { command: 'erase'; email: string; yes: boolean }
  | { command: 'help' }

/** Thrown for a command line that cannot be run; the message is Dutch with the English gist. */
export class UsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n\n${USAGE}`)
    this.name = 'UsageError'
  }
}

// Loose like the CMS's own check: erasure must also reach addresses typed in by hand.
const looksLikeAddress = (value: string) => value.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(value)

/** The command in `argv` (without node and the script), or a UsageError. */
export function parsePrivacyArgs(argv: readonly string[]): PrivacyCommand {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string' }, yes: { type: 'boolean', short: 'y' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    throw new UsageError(`Onbekende optie / unknown option: ${error instanceof Error ? error.message : String(error)}`)
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  const [command, email, ...rest] = positionals
  if (command !== 'export' && command !== 'erase') {
    throw new UsageError(
      command ? `Onbekende opdracht / unknown command "${command}".` : 'Geef een opdracht / give a command.',
    )
  }
  if (!email) throw new UsageError('Geef een e-mailadres op / give an email address.')
  if (rest.length > 0) throw new UsageError(`Te veel argumenten / too many arguments: ${rest.join(' ')}`)
  const address = email.trim()
  if (!looksLikeAddress(address)) {
    throw new UsageError(`"${address}" is geen e-mailadres / is not an email address.`)
  }
  if (command === 'export') {
    if (values.yes) throw new UsageError('--yes hoort bij erase / belongs to erase.')
    return { command, email: address, ...(values.out ? { out: values.out } : {}) }
  }
  if (values.out !== undefined) throw new UsageError('--out hoort bij export / belongs to export.')
  return { command, email: address, yes: values.yes ?? false }
}
