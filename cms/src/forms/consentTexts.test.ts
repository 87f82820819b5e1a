import { describe, expect, it } from 'vitest'
import { formNames } from '@mao/shared/forms/formSpecs'
import { publicConsent } from './consentEndpoint'
import { consentRecord, consentTexts } from './consentTexts'

describe('consent texts', () => {
  it('exist for every form, name the privacy statement and say how long data is kept', () => {
    for (const form of formNames) {
      const current = consentTexts[form].at(-1)
      expect(current?.version, form).toBe('2026-12')
      expect(current?.text, form).toMatch(/privacyverklaring/)
      expect(current?.text, form).toMatch(/bewaren|bewaart/)
    }
  })

  it('are versioned: each version appears once per form', () => {
    for (const form of formNames) {
      const versions = consentTexts[form].map((entry) => entry.version)
      expect(new Set(versions).size, form).toBe(versions.length)
    }
  })

  it('record the text of the posted version, or the current one for an unknown version', () => {
    const at = new Date('2026-12-01T10:00:00Z')
    expect(consentRecord('contact', '2026-12', at)).toEqual({
      text: consentTexts.contact[0]!.text,
      privacyVersion: '2026-12',
      givenAt: '2026-12-01T10:00:00.000Z',
    })
    expect(consentRecord('aanmelding', 'verzonnen', at).privacyVersion).toBe('2026-12')
    expect(consentRecord('aanmelding', undefined, at).text).toBe(consentTexts.aanmelding.at(-1)!.text)
  })

  it('are published for the site per form with the privacy statement link', () => {
    const published = publicConsent()
    expect(Object.keys(published).sort()).toEqual([...formNames].sort())
    expect(published.expertise).toEqual({
      version: '2026-12',
      text: consentTexts.expertise.at(-1)!.text,
      privacyUrl: '/privacyverklaring',
    })
  })
})
