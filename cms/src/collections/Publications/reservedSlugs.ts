import type { TextField } from 'payload'
import { reservedPublicationSlugs } from '@mao/shared/sitePaths'
import { slugField } from '../../fields/slug'

export const reservedSlugMessage = (slug: string): string =>
  `De slug "${slug}" is gereserveerd voor de filterpagina's onder /publicaties. Kies een andere slug.`

/** The usual slug field, refusing the path segments of the site's publication filters. */
export function publicationSlugField(): TextField {
  const field = slugField()
  // TextField's validate also covers hasMany text (string[]); a slug is always a single string.
  const validate = field.validate as (value: unknown, options: unknown) => true | string | Promise<true | string>
  return {
    ...field,
    validate: (value: unknown, options: unknown) =>
      typeof value === 'string' && reservedPublicationSlugs.includes(value)
        ? reservedSlugMessage(value)
        : validate(value, options),
  } as TextField
}
