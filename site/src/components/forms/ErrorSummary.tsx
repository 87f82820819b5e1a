import type { MouseEvent, Ref } from 'react'

export interface SummaryItem {
  message: string
  /** Id of the input to jump to; none for a field the visitor cannot see (the form's target). */
  inputId?: string
}

interface Props {
  id: string
  headingLevel: 2 | 3
  items: readonly SummaryItem[]
  ref?: Ref<HTMLDivElement>
}

/** Moves focus to the input itself (a plain fragment link only scrolls) and shows its label. */
function focusInput(event: MouseEvent<HTMLAnchorElement>, inputId: string) {
  const input = document.getElementById(inputId)
  if (!input) return
  event.preventDefault()
  const label = document.querySelector(`label[for="${CSS.escape(inputId)}"]`)
  ;(label ?? input).scrollIntoView({ block: 'start' })
  input.focus({ preventScroll: true })
}

/**
 * The list of what is wrong, at the top of the form, with a link to each field (the GOV.UK and
 * NL Design System error summary). The form focuses it after a failed submit.
 */
export default function ErrorSummary({ id, headingLevel, items, ref }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  const count = items.length
  return (
    <div className="mao-form__summary" id={id} ref={ref} tabIndex={-1} aria-labelledby={`${id}-titel`}>
      <Heading className={`utrecht-heading-${headingLevel}`} id={`${id}-titel`}>
        {count === 1 ? 'Er is 1 fout in het formulier' : `Er zijn ${count} fouten in het formulier`}
      </Heading>
      <ul className="utrecht-unordered-list">
        {items.map((item) => (
          <li className="utrecht-unordered-list__item" key={item.inputId ?? item.message}>
            {item.inputId ? (
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${item.inputId}`}
                onClick={(event) => focusInput(event, item.inputId!)}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
