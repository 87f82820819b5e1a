import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import type { ErasureSummary, PersonalDataExport } from '@mao/cms/privacy'
import { parsePrivacyArgs, UsageError } from './parseArgs'
import { runPrivacy, type PrivacyDeps } from './runPrivacy'

const exported: PersonalDataExport = {
  format: 'mao-personal-data-export',
  version: 1,
  exportedAt: '2026-12-05T10:00:00.000Z',
  email: 'jan@voorbeeld.nl',
  data: { subscribers: { label: 'Nieuwsbriefabonnementen', records: [{ id: 1 }] } },
}
const summary: ErasureSummary = {
  erasedAt: '2026-12-05T10:00:00.000Z',
  counts: { subscribers: { label: 'Nieuwsbriefabonnementen', deleted: 1, anonymised: 0, kept: 0 } },
  total: { deleted: 1, anonymised: 0, kept: 0 },
}

function fakeDeps(answer = '') {
  const lines: string[] = []
  const errors: string[] = []
  const files: Record<string, string> = {}
  const deps = {
    openPayload: vi.fn(async () => ({}) as Payload),
    exportData: vi.fn(async () => exported),
    eraseData: vi.fn(async () => summary),
    ask: vi.fn(async () => answer),
    writeFile: vi.fn(async (file: string, text: string) => void (files[file] = text)),
    cwd: '/home/beheer',
    out: (line: string) => void lines.push(line),
    err: (line: string) => void errors.push(line),
    now: () => new Date('2026-12-05T10:11:12Z'),
  } satisfies PrivacyDeps
  return { deps, lines, errors, files }
}

describe('parsePrivacyArgs', () => {
  it('reads export with --out and erase with --yes', () => {
    expect(parsePrivacyArgs(['export', 'Jan@Voorbeeld.nl', '--out', 'jan.json'])).toEqual({
      command: 'export',
      email: 'Jan@Voorbeeld.nl',
      out: 'jan.json',
    })
    expect(parsePrivacyArgs(['erase', 'jan@voorbeeld.nl', '--yes'])).toEqual({
      command: 'erase',
      email: 'jan@voorbeeld.nl',
      yes: true,
    })
    expect(parsePrivacyArgs(['erase', 'jan@voorbeeld.nl'])).toMatchObject({ yes: false })
  })

  it.each([
    [[], /Geef een opdracht/],
    [['delete', 'jan@voorbeeld.nl'], /Onbekende opdracht.*"delete"/],
    [['export'], /Geef een e-mailadres/],
    [['export', 'jan'], /"jan" is geen e-mailadres/],
    [['erase', 'jan jansen@voorbeeld.nl'], /geen e-mailadres/],
    [['export', 'a@b.nl', 'c@d.nl'], /Te veel argumenten/],
    [['export', 'a@b.nl', '--yes'], /--yes hoort bij erase/],
    [['erase', 'a@b.nl', '--out', 'x.json'], /--out hoort bij export/],
    [['erase', 'a@b.nl', '--force'], /Onbekende optie/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parsePrivacyArgs(argv)).toThrow(UsageError)
    expect(() => parsePrivacyArgs(argv)).toThrow(message)
  })
})

describe('runPrivacy', () => {
  it('exits 2 on a bad command line without opening the database', async () => {
    const { deps, errors } = fakeDeps()
    expect(await runPrivacy(['erase', 'geen-adres'], deps)).toBe(2)
    expect(deps.openPayload).not.toHaveBeenCalled()
    expect(errors.join('\n')).toMatch(/geen e-mailadres.*\n[\s\S]*Gebruik/)
  })

  it('writes the export to --out, relative to where the command was typed', async () => {
    const { deps, files, lines } = fakeDeps()
    expect(await runPrivacy(['export', 'jan@voorbeeld.nl', '--out', 'jan.json'], deps)).toBe(0)
    expect(deps.exportData).toHaveBeenCalledWith(expect.anything(), 'jan@voorbeeld.nl')
    expect(JSON.parse(files['/home/beheer/jan.json']!)).toEqual(exported)
    expect(lines.join('\n')).toContain('1 gegeven(s) van jan@voorbeeld.nl geschreven naar /home/beheer/jan.json')
  })

  it('names the export file after the time when no --out is given', async () => {
    const { deps, files } = fakeDeps()
    expect(await runPrivacy(['export', 'jan@voorbeeld.nl'], deps)).toBe(0)
    expect(Object.keys(files)).toEqual(['/home/beheer/persoonsgegevens-20261205-101112.json'])
  })

  it('erases only after the address is typed again', async () => {
    const { deps, lines } = fakeDeps(' JAN@voorbeeld.nl ')
    expect(await runPrivacy(['erase', 'jan@voorbeeld.nl'], deps)).toBe(0)
    expect(deps.ask).toHaveBeenCalledOnce()
    expect(deps.eraseData).toHaveBeenCalledWith(expect.anything(), 'jan@voorbeeld.nl')
    expect(lines.join('\n')).toContain('Gewist: 1 verwijderd, 0 geanonimiseerd, 0 bewaard.')
  })

  it('erases nothing when the confirmation does not match', async () => {
    const { deps, errors } = fakeDeps('ja')
    expect(await runPrivacy(['erase', 'jan@voorbeeld.nl'], deps)).toBe(2)
    expect(deps.eraseData).not.toHaveBeenCalled()
    expect(deps.openPayload).not.toHaveBeenCalled()
    expect(errors.join('\n')).toContain('Niet bevestigd; er is niets gewist.')
  })

  it('does not ask with --yes', async () => {
    const { deps } = fakeDeps()
    expect(await runPrivacy(['erase', 'jan@voorbeeld.nl', '--yes'], deps)).toBe(0)
    expect(deps.ask).not.toHaveBeenCalled()
    expect(deps.eraseData).toHaveBeenCalledOnce()
  })

  it('exits 1 with the reason when the work fails', async () => {
    const { deps, errors } = fakeDeps()
    deps.openPayload.mockRejectedValueOnce(new Error('database is locked'))
    expect(await runPrivacy(['export', 'jan@voorbeeld.nl'], deps)).toBe(1)
    expect(errors).toEqual(['Mislukt / failed: database is locked'])
  })
})
