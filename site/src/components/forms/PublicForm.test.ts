// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formSpecs, HONEYPOT_FIELD, PRIVACY_VERSION_FIELD, type FormName } from '@mao/shared/forms/formSpecs'
import { doneMessages, generalErrors } from '../../lib/forms/formMessages'
import PublicForm from './PublicForm'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const action = 'http://cms.test/api/registrations/register'
const consent = {
  version: '2026-01',
  text: 'We bewaren je gegevens voor deze aanmelding.',
  privacyUrl: '/privacyverklaring',
}
const props = (form: FormName, extra: Partial<Parameters<typeof PublicForm>[0]> = {}) => ({
  form,
  action,
  consent,
  ...extra,
})

let root: Root | undefined
let container: HTMLElement

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  window.history.replaceState(null, '', '/pagina')
})

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  container.remove()
  vi.unstubAllGlobals()
})

function mount(form: FormName, extra: Partial<Parameters<typeof PublicForm>[0]> = {}) {
  root = createRoot(container)
  act(() => root!.render(createElement(PublicForm, props(form, extra))))
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)

function fill(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const element = container.querySelector<HTMLInputElement>(`[name="${name}"]`)!
    if (element.type === 'checkbox') element.checked = value === 'true'
    else element.value = value
  }
}

/** Submits as the browser does and lets the answer of the (stubbed) fetch arrive. */
async function submit() {
  await act(async () => {
    $<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

function stubFetch(answer: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return answer()
    }),
  )
  return calls
}

const validRegistration = { name: 'Sanne de Vries', email: 'Sanne@Gemeente.nl' }

describe('PublicForm without JavaScript (server-rendered HTML)', () => {
  const html = (form: FormName, extra = {}) => {
    const host = document.createElement('div')
    host.innerHTML = renderToString(createElement(PublicForm, props(form, extra)))
    return host
  }

  it('is a plain form posting to the CMS with the browser’s own checks from the spec', () => {
    const form = html('aandeelhouder').querySelector('form')!
    expect(form.getAttribute('action')).toBe(action)
    expect(form.getAttribute('method')).toBe('post')
    expect(form.hasAttribute('novalidate')).toBe(false)
    const email = form.querySelector<HTMLInputElement>('#aandeelhouder-email')!
    expect(email.type).toBe('email')
    expect(email.required).toBe(true)
    expect(email.getAttribute('maxlength')).toBe('254')
    expect(email.getAttribute('autocomplete')).toBe('email')
    expect(form.querySelector('label[for="aandeelhouder-email"]')?.textContent).toBe('E-mailadres')
    expect(form.querySelector<HTMLInputElement>('#aandeelhouder-phone')!.type).toBe('tel')
    expect(form.querySelector<HTMLInputElement>('#aandeelhouder-phone')!.required).toBe(false)
    const sector = form.querySelector<HTMLSelectElement>('#aandeelhouder-sector')!
    expect(sector.required).toBe(true)
    expect([...sector.options].map((option) => option.value)).toEqual([
      '',
      ...formSpecs.aandeelhouder.fields[4]!.options!.map((o) => o.value),
    ])
    expect(form.querySelector('textarea#aandeelhouder-motivation')?.getAttribute('aria-describedby')).toBe(
      'aandeelhouder-motivation-uitleg',
    )
    expect(form.querySelector<HTMLInputElement>('#aandeelhouder-showPublicly')!.type).toBe('checkbox')
  })

  it('carries the honeypot out of sight and reach, the privacy version and the consent text', () => {
    const form = html('contact').querySelector('form')!
    const honeypot = form.querySelector<HTMLInputElement>(`[name="${HONEYPOT_FIELD}"]`)!
    expect(honeypot.closest('[aria-hidden="true"]')?.classList.contains('mao-visually-hidden')).toBe(true)
    expect(honeypot.tabIndex).toBe(-1)
    expect(form.querySelector<HTMLInputElement>(`[name="${PRIVACY_VERSION_FIELD}"]`)!.value).toBe('2026-01')
    expect(form.querySelector('#contact-toestemming')?.textContent).toContain(consent.text)
    expect(form.querySelector('#contact-toestemming a')?.getAttribute('href')).toBe('/privacyverklaring')
    expect(form.querySelector('button[type="submit"]')?.getAttribute('aria-describedby')).toBe('contact-toestemming')
  })

  it('has every message the CMS can link back to (#fout-…), hidden until targeted', () => {
    const host = html('aanmelding', { hidden: { target: 'communities:4' } })
    for (const field of formSpecs.aanmelding.fields) {
      const message = host.querySelector(`#fout-${field.name}`)!
      expect(message.textContent).toBe(field.message)
      expect(message.classList.contains('mao-form__error')).toBe(true)
      expect(message.classList.contains('mao-form__error--shown')).toBe(false)
    }
    expect(host.querySelector('#fout-te-vaak')?.textContent).toBe(generalErrors['te-vaak'])
    expect(host.querySelector('#fout-onbekend')?.textContent).toBe(generalErrors.onbekend)
    expect(host.querySelector<HTMLInputElement>('input[name="target"]')!.value).toBe('communities:4')
  })
})

describe('PublicForm with JavaScript', () => {
  it('checks before posting: lists each error at the top (focused) and beside its field, keeping the values', async () => {
    const calls = stubFetch(() => new Response(null, { status: 202 }))
    mount('aanmelding', { hidden: { target: 'events:2' }, headingLevel: 3 })
    expect($('form')!.hasAttribute('novalidate')).toBe(true)
    fill({ name: 'Sanne', email: 'geen-adres' })
    await submit()

    expect(calls).toHaveLength(0)
    const summary = $('#aanmelding-fouten')!
    expect(document.activeElement).toBe(summary)
    expect(summary.querySelector('h3')?.textContent).toBe('Er is 1 fout in het formulier')
    const link = summary.querySelector('a')!
    expect(link.getAttribute('href')).toBe('#aanmelding-email')
    expect(link.textContent).toBe(formSpecs.aanmelding.fields[2]!.message)

    const email = $<HTMLInputElement>('#aanmelding-email')!
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(email.getAttribute('aria-describedby')).toBe('fout-email')
    expect($('#fout-email')!.classList.contains('mao-form__error--shown')).toBe(true)
    expect($('#aanmelding-name')!.hasAttribute('aria-invalid')).toBe(false)
    expect(email.value).toBe('geen-adres')
    expect($<HTMLInputElement>('#aanmelding-name')!.value).toBe('Sanne')

    act(() => link.click())
    expect(document.activeElement).toBe(email)
  })

  it('posts the form url-encoded asking for JSON, then replaces itself with the done message', async () => {
    const calls = stubFetch(() => new Response(null, { status: 202 }))
    mount('aanmelding', { hidden: { target: 'communities:4' } })
    fill(validRegistration)
    await submit()

    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe(action)
    expect(calls[0]!.init.method).toBe('POST')
    expect(calls[0]!.init.headers).toEqual({ Accept: 'application/json' })
    const body = calls[0]!.init.body as URLSearchParams
    expect(body).toBeInstanceOf(URLSearchParams)
    expect(Object.fromEntries(body)).toEqual({
      target: 'communities:4',
      [PRIVACY_VERSION_FIELD]: '2026-01',
      name: 'Sanne de Vries',
      email: 'Sanne@Gemeente.nl',
      [HONEYPOT_FIELD]: '',
    })

    expect($('form')).toBeNull()
    const done = $('#aanmelding-klaar')!
    expect(done.getAttribute('role')).toBe('status')
    expect(document.activeElement).toBe(done)
    expect(done.textContent).toContain(doneMessages.aanmelding.heading)
    expect(done.textContent).toContain('Als je organisatie aandeelhouder is')
  })

  it('shows the CMS’s own field errors (such as an unknown target) and keeps the values', async () => {
    stubFetch(() =>
      Response.json(
        { ok: false, error: 'invalid', errors: { target: 'Deze aanmelding bestaat niet meer.' } },
        { status: 400 },
      ),
    )
    mount('aanmelding', { hidden: { target: 'events:999' } })
    fill(validRegistration)
    await submit()

    const summary = $('#aanmelding-fouten')!
    expect(document.activeElement).toBe(summary)
    expect(summary.querySelector('li')?.textContent).toBe('Deze aanmelding bestaat niet meer.')
    expect(summary.querySelector('a')).toBeNull()
    expect($<HTMLInputElement>('#aanmelding-email')!.value).toBe(validRegistration.email)
  })

  it('says so when the visitor posts too often, or when anything else goes wrong', async () => {
    stubFetch(() => new Response(null, { status: 429 }))
    mount('contact')
    fill({ topic: 'vraag', name: 'Jan', email: 'jan@example.nl', message: 'Hallo' })
    await submit()
    const tooOften = $('#fout-te-vaak')!
    expect(tooOften.classList.contains('mao-form__error--shown')).toBe(true)
    expect(tooOften.getAttribute('role')).toBe('alert')
    expect(document.activeElement).toBe(tooOften)
    expect($<HTMLTextAreaElement>('#contact-message')!.value).toBe('Hallo')

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await submit()
    expect($('#fout-te-vaak')!.classList.contains('mao-form__error--shown')).toBe(false)
    expect(document.activeElement).toBe($('#fout-onbekend'))

    stubFetch(() => Response.json({ ok: false, errors: { unknownField: 'x' } }, { status: 400 }))
    await submit()
    expect(document.activeElement).toBe($('#fout-onbekend'))
    expect($('#contact-fouten')).toBeNull()
  })

  it('shows the message the CMS redirected a plain post back with (?fout=…)', () => {
    window.history.replaceState(null, '', '/contact?fout=email#fout-email')
    mount('contact')
    expect(document.activeElement).toBe($('#contact-fouten'))
    expect($('#contact-email')!.getAttribute('aria-invalid')).toBe('true')
    expect($('form')!.classList.contains('mao-form--enhanced')).toBe(true)
  })

  it('preselects the contact topic from ?onderwerp=, ignoring values that are not topics', () => {
    window.history.replaceState(null, '', '/contact?onderwerp=aandeelhouder')
    mount('contact')
    expect($<HTMLSelectElement>('#contact-topic')!.value).toBe('aandeelhouder')
    act(() => root!.unmount())

    window.history.replaceState(null, '', '/contact?onderwerp=hacken')
    root = createRoot(container)
    act(() => root!.render(createElement(PublicForm, props('contact'))))
    expect($<HTMLSelectElement>('#contact-topic')!.value).toBe('')
  })

  it('starts from the given values', () => {
    mount('contact', { initial: { topic: 'pers', name: 'Els' } })
    expect($<HTMLSelectElement>('#contact-topic')!.value).toBe('pers')
    expect($<HTMLInputElement>('#contact-name')!.value).toBe('Els')
  })
})
