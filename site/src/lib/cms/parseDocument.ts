import type { z } from 'astro/zod'
import { CmsError } from './CmsError'

/**
 * A CMS document through its zod schema; when it does not fit, a CmsError that names the
 * collection, the document and every field that failed (the build stops on it).
 */
export function parseDocument<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: { collection: string; id?: unknown },
): z.output<Schema> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const fields = result.error.issues
    .map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
    .join('; ')
  const document = where.id === undefined ? where.collection : `${where.collection} ${String(where.id)}`
  throw new CmsError(`The CMS sent ${document}, which does not fit the site's schema: ${fields}`)
}
