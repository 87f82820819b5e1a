// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { applyAccessibleNames } from './applyAccessibleNames'

/** Markup as Payload 3.90.1 renders it, trimmed to what the names depend on. */
function render(html: string): HTMLElement {
  document.body.innerHTML = html
  return document.body
}

const ariaLabel = (selector: string) => document.querySelector(selector)?.getAttribute('aria-label')

describe('applyAccessibleNames', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('names icon-only buttons by what they do, the page arrows by their direction', () => {
    const root = render(`
      <button class="popup-button"><svg></svg></button>
      <button class="clickable-arrow clickable-arrow--left"><svg></svg></button>
      <button class="clickable-arrow clickable-arrow--right"><svg></svg></button>
      <button class="date-time-picker__clear-button"><svg></svg></button>
      <button class="copy-to-clipboard"><svg></svg><div class="tooltip">Kopiëren</div></button>
      <div class="collapsible__drag" role="button" tabindex="0"><svg></svg></div>
      <div class="select-row"><input type="checkbox" aria-label=""></div>
      <div class="relationship-add-new"><div class="popup-button popup-button--custom" role="button">
        <button class="relationship-add-new__add-button"><aside class="tooltip">Nieuw(e)</aside><svg></svg></button>
      </div></div>
      <div class="dashboard-breadcrumb-select"><input id="react-select-1-input" role="combobox"></div>`)
    applyAccessibleNames(root)
    expect(ariaLabel('.popup-button')).toBe('Meer opties')
    expect(ariaLabel('.clickable-arrow--left')).toBe('Vorige pagina')
    expect(ariaLabel('.clickable-arrow--right')).toBe('Volgende pagina')
    expect(ariaLabel('.date-time-picker__clear-button')).toBe('Datum wissen')
    expect(ariaLabel('.copy-to-clipboard')).toBe('Kopiëren naar klembord')
    expect(ariaLabel('.collapsible__drag')).toBe('Verslepen')
    expect(ariaLabel('.select-row input')).toBe('Rij selecteren')
    expect(ariaLabel('.relationship-add-new__add-button')).toBe('Nieuw document toevoegen')
    // The trigger wrapped around that button is named by it, not as a "…" menu.
    expect(ariaLabel('.popup-button--custom')).toBeNull()
    expect(ariaLabel('.dashboard-breadcrumb-select input')).toBe('Dashboard aanpassen')
  })

  it('leaves controls alone that already have a name: its own label, visible text, labelled by', () => {
    const root = render(`
      <button class="popup-button" aria-label="Acties">…</button>
      <button class="popup-button" id="text"><span>Kolommen</span></button>
      <span id="caption">Pagina terug</span>
      <button class="clickable-arrow clickable-arrow--left" aria-labelledby="caption"></button>
      <div class="select-row"><input id="row" type="checkbox" aria-label=""><label for="row">Kies</label></div>`)
    applyAccessibleNames(root)
    expect(ariaLabel('.popup-button')).toBe('Acties')
    expect(ariaLabel('#text')).toBeNull()
    expect(ariaLabel('.clickable-arrow')).toBeNull()
    expect(ariaLabel('.select-row input')).toBe('')
  })

  it('counts no hidden text as a name', () => {
    const root = render(`<button class="popup-button"><span aria-hidden="true">…</span></button>`)
    applyAccessibleNames(root)
    expect(ariaLabel('.popup-button')).toBe('Meer opties')
  })

  it('names editors, date and select inputs after their own field’s label, without the asterisk', () => {
    const root = render(`
      <div class="field-type rich-text-lexical">
        <label class="field-label">Inhoud<span class="required">*</span></label>
        <div class="ContentEditable__root" contenteditable="true" role="textbox"><p>Tekst</p></div>
        <div class="field-type blocks-field">
          <label class="field-label">Blok</label>
        </div>
      </div>
      <div class="field-type date-time-field">
        <label class="field-label" for="field-publishedAt">Publicatiedatum<span class="localized">— nl</span></label>
        <div class="react-datepicker__input-container"><input type="text"></div>
      </div>
      <div class="field-type relationship">
        <label class="field-label">Regio's</label>
        <div class="rs__control"><input id="react-select-3-input"></div>
      </div>
      <div class="list-controls"><input id="react-select-9-input"></div>`)
    applyAccessibleNames(root)
    expect(ariaLabel('.ContentEditable__root')).toBe('Inhoud')
    expect(ariaLabel('.react-datepicker__input-container input')).toBe('Publicatiedatum')
    expect(ariaLabel('#react-select-3-input')).toBe("Regio's")
    // Outside a field there is no label to borrow: better no name than a wrong one.
    expect(ariaLabel('#react-select-9-input')).toBeNull()
  })

  it('takes react-select’s hidden indicators out of the tab order', () => {
    const root = render(`
      <button class="dropdown-indicator" aria-hidden="true"></button>
      <button class="clear-indicator" aria-hidden="true"></button>
      <button class="dropdown-indicator"></button>`)
    applyAccessibleNames(root)
    expect([...document.querySelectorAll('[tabindex="-1"]')].map((element) => element.className)).toEqual([
      'dropdown-indicator',
      'clear-indicator',
    ])
  })

  it('checks the root element itself and changes nothing on a second pass', () => {
    const root = render(`<button class="popup-button"></button>`)
    const button = root.querySelector('.popup-button')!
    applyAccessibleNames(button)
    const once = document.body.innerHTML
    applyAccessibleNames(root)
    expect(document.body.innerHTML).toBe(once)
    expect(button.getAttribute('aria-label')).toBe('Meer opties')
  })
})
