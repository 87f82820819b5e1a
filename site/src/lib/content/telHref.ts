/** A `tel:` link for a phone number as people write it ("030 - 123 45 67" → "tel:0301234567"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+0-9]/g, '')}`
