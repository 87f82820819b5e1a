import type { TextFieldSingleValidation } from 'payload'

export const altRequiredMessage =
  'Vul een alternatieve tekst in, of vink "Decoratief beeld" aan als de afbeelding niets toevoegt aan de tekst.'

/**
 * Alt text is required unless the editor marked the image as decorative on purpose: a decorative
 * image is rendered with alt="" so screen readers skip it.
 */
export const validateAlt: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { decorative?: boolean } | undefined)?.decorative) return true
  return typeof value === 'string' && value.trim() !== '' ? true : altRequiredMessage
}
