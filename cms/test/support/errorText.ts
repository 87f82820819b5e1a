/** The message of a rejected Payload operation, including per-field validation messages. */
export async function errorText(operation: Promise<unknown>): Promise<string> {
  try {
    await operation
  } catch (error) {
    const { message, data } = error as { message?: string; data?: { errors?: { path?: string; message?: string }[] } }
    const fields = (data?.errors ?? []).map((entry) => `${entry.path}: ${entry.message}`)
    return [message, ...fields].join('\n')
  }
  throw new Error('Expected the operation to be rejected, but it succeeded')
}
