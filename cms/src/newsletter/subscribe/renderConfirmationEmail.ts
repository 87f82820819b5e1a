import { createElement } from 'react'
import { renderEmail, type RenderedEmail } from '../email/renderEmail'
import { ConfirmationEmail, type ConfirmationEmailProps } from './ConfirmationEmail'

export const renderConfirmationEmail = (props: ConfirmationEmailProps): Promise<RenderedEmail> =>
  renderEmail(createElement(ConfirmationEmail, props))
