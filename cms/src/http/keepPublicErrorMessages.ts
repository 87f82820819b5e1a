import type { AfterErrorHook } from 'payload'

/**
 * The production build minifies class names, so an `APIError` thrown by our hooks has the name ""
 * and Payload's error formatter answers it with "An unknown error occurred." instead of our Dutch
 * message (seen on the login throttle's 429). Errors Payload already treats as public keep their
 * own message here; anything not public stays hidden.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  const isPublic = (error as { isPublic?: unknown }).isPublic === true
  if (error.name || !isPublic || !error.message || !result) return
  return { response: { ...result, errors: [{ message: error.message }] } }
}
