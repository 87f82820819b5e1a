const REDACTED = '[e-mailadres]'

/**
 * An error as it may be logged: name, message and stack with the sender's email address taken
 * out (a database or mail error may quote it), so logs hold no personal data of form senders.
 */
export function errorForLog(
  error: unknown,
  email: string | undefined,
): { name: string; message: string; stack?: string } {
  const pattern = email ? new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi') : undefined
  const scrub = (text: string) => (pattern ? text.replace(pattern, REDACTED) : text)
  if (error instanceof Error)
    return { name: error.name, message: scrub(error.message), stack: error.stack ? scrub(error.stack) : undefined }
  return { name: 'Error', message: scrub(String(error)) }
}
