import type { Ref, SubmitEvent } from 'react'
import { sitePaths } from '@mao/shared/sitePaths'

interface Props {
  ref?: Ref<HTMLInputElement>
  value: string
  onInput: (value: string) => void
  onSubmit: () => void
}

/** The search field: a GET form to /zoeken (also without JavaScript); with JavaScript it searches as you type. */
export function SearchBox({ ref, value, onInput, onSubmit }: Props) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form
      className="mao-zoeken__form"
      action={sitePaths.search}
      method="get"
      role="search"
      aria-label="Zoekopdracht"
      onSubmit={submit}
    >
      <label className="utrecht-form-label" htmlFor="zoekterm">
        Zoekterm
      </label>
      <div className="mao-zoeken__field">
        <input
          ref={ref}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          id="zoekterm"
          name="q"
          value={value}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="zoekterm-uitleg"
          onChange={(event) => onInput(event.target.value)}
        />
        <button className="utrecht-button utrecht-button--primary-action utrecht-button--html-button" type="submit">
          Zoeken
        </button>
      </div>
      <p className="mao-zoeken__hint" id="zoekterm-uitleg">
        Resultaten verschijnen terwijl je typt. Zoek op een onderwerp, een regio, een organisatie of een naam.
      </p>
    </form>
  )
}
