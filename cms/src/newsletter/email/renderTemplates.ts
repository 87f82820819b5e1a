import { createElement } from 'react'
import { ConfirmationEmail, type ConfirmationEmailProps } from './ConfirmationEmail'
import { NewsletterEmail, type NewsletterEmailProps } from './NewsletterEmail'
import { renderEmail, type RenderedEmail } from './renderEmail'

/** HTML and text of an edition from its props (used by sending, preview, export and tests). */
export const renderNewsletterEmail = (props: NewsletterEmailProps): Promise<RenderedEmail> =>
  renderEmail(createElement(NewsletterEmail, props))

export const renderConfirmationEmail = (props: ConfirmationEmailProps): Promise<RenderedEmail> =>
  renderEmail(createElement(ConfirmationEmail, props))
