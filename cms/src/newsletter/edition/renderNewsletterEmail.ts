import { createElement } from 'react'
import { renderEmail, type RenderedEmail } from '../email/renderEmail'
import { NewsletterEmail, type NewsletterEmailProps } from './NewsletterEmail'

/** HTML and text of an edition from its props (used by sending, preview, export and tests). */
export const renderNewsletterEmail = (props: NewsletterEmailProps): Promise<RenderedEmail> =>
  renderEmail(createElement(NewsletterEmail, props))
