// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { watchAccessibleNames } from './watchAccessibleNames'

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))

describe('watchAccessibleNames', () => {
  let stop: (() => void) | undefined
  afterEach(() => {
    stop?.()
    document.body.innerHTML = ''
  })

  it('names what is there at once and what React adds later, until stopped', async () => {
    document.body.innerHTML = '<button class="popup-button"></button>'
    stop = watchAccessibleNames(document.body)
    expect(document.querySelector('.popup-button')?.getAttribute('aria-label')).toBe('Meer opties')

    document.body.insertAdjacentHTML('beforeend', '<button class="date-time-picker__clear-button"></button>')
    await nextFrame()
    await nextFrame()
    expect(document.querySelector('.date-time-picker__clear-button')?.getAttribute('aria-label')).toBe('Datum wissen')

    stop()
    document.body.insertAdjacentHTML('beforeend', '<button class="copy-to-clipboard"></button>')
    await nextFrame()
    await nextFrame()
    expect(document.querySelector('.copy-to-clipboard')?.hasAttribute('aria-label')).toBe(false)
  })
})
