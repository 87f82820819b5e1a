import { APIError, type AfterErrorHookArgs, type ErrorResult } from 'payload'
import { describe, expect, it } from 'vitest'
import { keepPublicErrorMessages } from './keepPublicErrorMessages'

const unknown: ErrorResult = { errors: [{ message: 'An unknown error occurred.' }] }
const run = (error: Error, result: ErrorResult | undefined = unknown) =>
  keepPublicErrorMessages({ error, result } as AfterErrorHookArgs)

/** An error as the minified production build makes it: its class name is gone. */
const minified = (error: Error): Error => Object.assign(error, { name: '' })

describe('keepPublicErrorMessages', () => {
  it('answers a public error whose class name was minified away with its own message', () => {
    const error = minified(new APIError('Te veel inlogpogingen vanaf dit adres.', 429, undefined, true))
    expect(run(error)).toEqual({ response: { errors: [{ message: 'Te veel inlogpogingen vanaf dit adres.' }] } })
  })

  it('keeps a private error hidden', () => {
    expect(run(minified(new APIError('database password in here', 500)))).toBeUndefined()
  })

  it('leaves errors that kept their name to Payload', () => {
    expect(run(new APIError('Niet gevonden', 404, undefined, true))).toBeUndefined()
  })
})
