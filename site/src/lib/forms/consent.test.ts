import { describe, expect, it } from 'vitest'
import { formNames } from '@mao/shared/forms/formSpecs'
import { CmsError } from '../cms/CmsError'
import { fetchFormConsents, parseFormConsents } from './consent'

const consent = (form: string) => ({
  version: '2026-01',
  text: `Toestemming ${form}.`,
  privacyUrl: '/privacyverklaring',
})
const answer = Object.fromEntries(formNames.map((form) => [form, consent(form)]))

describe('form consents', () => {
  it('keeps the version, text and privacy link of every form', () => {
    const consents = parseFormConsents(answer)
    expect(Object.keys(consents).sort()).toEqual([...formNames].sort())
    expect(consents.aanmelding).toEqual(consent('aanmelding'))
  })

  it('stops the build when a form is missing or incomplete, naming it', () => {
    const { contact: _dropped, ...withoutContact } = answer
    expect(() => parseFormConsents(withoutContact)).toThrow(CmsError)
    expect(() => parseFormConsents(withoutContact)).toThrow(/contact/)
    expect(() => parseFormConsents({ ...answer, expertise: { version: '', text: 'x', privacyUrl: '/p' } })).toThrow(
      /expertise\.version/,
    )
  })

  it('reads GET /api/forms/consent from the CMS and fails on an error answer', async () => {
    const requested: string[] = []
    const ok = (async (input: string | URL | Request) => {
      requested.push(String(input))
      return Response.json(answer)
    }) as typeof fetch
    await expect(fetchFormConsents('http://cms', ok)).resolves.toMatchObject({ contact: consent('contact') })
    expect(requested).toEqual(['http://cms/api/forms/consent'])

    const down = (async () => new Response('kapot', { status: 500 })) as typeof fetch
    await expect(fetchFormConsents('http://cms', down)).rejects.toBeInstanceOf(CmsError)
  })
})
