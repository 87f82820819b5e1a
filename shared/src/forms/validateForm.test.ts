import { describe, expect, it } from 'vitest'
import { formSpecs } from './formSpecs'
import { validateForm } from './validateForm'

const contact = { topic: 'vraag', name: 'Example Persoon', email: ' Naam@Voorbeeld.NL ', message: 'Hallo' }

describe('validateForm', () => {
  it('returns trimmed values, lower-case email and false for an unticked checkbox', () => {
    expect(validateForm(formSpecs.contact, contact)).toEqual({
      ok: true,
      values: {
        topic: 'vraag',
        name: 'Example Persoon',
        email: 'naam@voorbeeld.nl',
        organisation: '',
        message: 'Hallo',
      },
    })
    const result = validateForm(formSpecs['goed-voorbeeld'], {
      title: 'T',
      description: 'D',
      organisation: 'O',
      name: 'N',
      email: 'a@b.nl',
      publishContact: 'on',
    })
    expect(result.ok && result.values.publishContact).toBe('true')
  })

  it('names every wrong field with its Dutch message and refuses overlong values instead of cutting them', () => {
    const result = validateForm(formSpecs.contact, {
      ...contact,
      topic: 'spam',
      email: 'geen-adres',
      message: 'x'.repeat(5001),
      name: '  ',
    })
    expect(result).toEqual({
      ok: false,
      errors: {
        topic: 'Kies een onderwerp.',
        name: 'Vul je naam in (hoogstens 100 tekens).',
        email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
        message: 'Schrijf je bericht (hoogstens 5000 tekens).',
      },
    })
  })

  it('accepts a missing optional field but checks it when given', () => {
    const base = {
      organisation: 'Gemeente Voorbeeld',
      name: 'N',
      email: 'a@b.nl',
      sector: 'gemeente',
      motivation: 'Omdat',
    }
    expect(validateForm(formSpecs.aandeelhouder, base).ok).toBe(true)
    expect(validateForm(formSpecs.aandeelhouder, { ...base, phone: 'bel me' })).toMatchObject({
      ok: false,
      errors: { phone: expect.stringContaining('telefoonnummer') },
    })
  })
})
