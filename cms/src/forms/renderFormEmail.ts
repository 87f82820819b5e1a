import { createElement } from 'react'
import { renderEmail, type RenderedEmail } from '../newsletter'
import { FormEmail, type FormEmailProps } from './FormEmail'

export const renderFormEmail = (props: FormEmailProps): Promise<RenderedEmail> =>
  renderEmail(createElement(FormEmail, props))
