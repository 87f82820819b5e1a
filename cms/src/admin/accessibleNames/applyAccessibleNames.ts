/**
 * Names for Payload's own admin controls that render without one (Payload 3.90.1; its accessibility
 * project, payloadcms/payload discussion #14489, is reworking them). Each rule only fills in what is
 * missing, so a Payload upgrade that names a control itself wins, and running it twice changes nothing.
 */

/** Icon-only buttons and a select without a label, named by what they do. */
const controlNames: readonly (readonly [selector: string, name: string])[] = [
  // The "…" menus of the document, array and block rows and the clipboard; a popup trigger with
  // visible text, or wrapped around a button of its own, is left alone.
  ['.popup-button:not(:has(button, a, input))', 'Meer opties'],
  ['.clickable-arrow--left', 'Vorige pagina'],
  ['.clickable-arrow--right', 'Volgende pagina'],
  ['.date-time-picker__clear-button', 'Datum wissen'],
  ['.upload-relationship-details__edit', 'Bestand bewerken'],
  ['.upload-relationship-details__remove', 'Bestand verwijderen'],
  ['.file-details__remove', 'Bestand verwijderen'],
  ['.copy-to-clipboard', 'Kopiëren naar klembord'],
  ['.drawer-link__doc-drawer-toggler', 'Document openen'],
  ['.collapsible__drag', 'Verslepen'],
  // "+" beside a relationship to several collections; its tooltip says only "Nieuw(e)".
  ['.relationship-add-new__add-button', 'Nieuw document toevoegen'],
  // The list's row checkboxes carry aria-label="" and no label ("select all" has its own).
  ['.select-row input[type="checkbox"]', 'Rij selecteren'],
  // The dashboard's menu in the breadcrumbs ("Dashboard bewerken", "Herstel Lay-out").
  ['.dashboard-breadcrumb-select input', 'Dashboard aanpassen'],
]

/** Inputs that belong to a field but are not tied to its label: named after that label. */
const fieldInputs = [
  // Lexical's editable area (role="textbox").
  '.ContentEditable__root',
  // react-datepicker's text input.
  '.react-datepicker__input-container > input',
  // react-select's search input, when Payload passes it no inputId.
  'input[id^="react-select-"][id$="-input"]',
].join(', ')

/**
 * react-select's indicators are buttons hidden from screen readers yet reachable by Tab: a keyboard
 * user would land on something silent. They are mouse affordances; the keyboard opens and clears
 * the select from its input (arrow down, backspace).
 */
const hiddenFocusableIndicators = '.dropdown-indicator[aria-hidden="true"], .clear-indicator[aria-hidden="true"]'

/** Applies the missing names and focus fixes to `root` and everything inside it. */
export function applyAccessibleNames(root: Element): void {
  for (const [selector, name] of controlNames) {
    for (const control of within(root, selector)) {
      if (!hasName(control) && spokenText(control) === '') control.setAttribute('aria-label', name)
    }
  }
  for (const input of within(root, fieldInputs)) {
    if (hasName(input)) continue
    const label = fieldLabelText(input)
    if (label) input.setAttribute('aria-label', label)
  }
  for (const indicator of within(root, hiddenFocusableIndicators)) {
    if (indicator.getAttribute('tabindex') !== '-1') indicator.setAttribute('tabindex', '-1')
  }
}

function within(root: Element, selector: string): Element[] {
  return [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)]
}

/** Whether the element is named by an aria-label, a title, or an aria-labelledby or label with text. */
function hasName(element: Element): boolean {
  if (element.getAttribute('aria-label')?.trim() || element.getAttribute('title')?.trim()) return true
  const document = element.ownerDocument
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
  if (labelledBy.some((id) => document.getElementById(id)?.textContent?.trim())) return true
  if (element.id && [...document.querySelectorAll('label[for]')].some((label) => labelFor(label, element))) return true
  return Boolean(element.closest('label')?.textContent?.trim())
}

function labelFor(label: Element, element: Element): boolean {
  return label.getAttribute('for') === element.id && Boolean(label.textContent?.trim())
}

/** A button's own text, without tooltips and aria-hidden content: screen readers skip those. */
function spokenText(element: Element): string {
  let text = ''
  for (const child of element.childNodes) {
    if (child.nodeType === child.TEXT_NODE) text += child.textContent ?? ''
    else if (child instanceof Element && child.getAttribute('aria-hidden') !== 'true' && !child.matches('.tooltip'))
      text += spokenText(child)
  }
  return text.trim()
}

/**
 * The text of the label of the field the element sits in, without the required asterisk and the
 * locale marker (a screen reader announces "verplicht" from the input itself).
 */
function fieldLabelText(element: Element): string | undefined {
  const field = element.closest('.field-type')
  if (!field) return undefined
  const label = [...field.querySelectorAll('.field-label')].find(
    (candidate) => candidate.closest('.field-type') === field,
  )
  if (!label) return undefined
  const copy = label.cloneNode(true) as Element
  for (const marker of copy.querySelectorAll('.required, .localized')) marker.remove()
  return copy.textContent?.trim() || undefined
}
