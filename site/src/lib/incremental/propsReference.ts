import { jsonable, shortHash } from './digests'
import { trackedKey } from './trackedContent'

/**
 * The digest of a path's props with every tracked document, collection or global written as its
 * key instead of its content: which documents a page got (a list page's slice, a theme's
 * documents) is part of its identity, their content is covered by what its render read.
 */
export const propsReference = (props: unknown): string =>
  shortHash(
    JSON.stringify(props ?? null, (_key, value: unknown) => {
      const key = trackedKey(value)
      if (key) return `@${key}`
      return jsonable(value)
    }),
  )
