/**
 * Pass as `context` on Local API writes made by the sender and the jobs themselves: the status
 * guard lets them through (editors can never set `sending` or `sent`).
 */
export const systemContext = { newsletterSystem: true } as const

export const isSystemWrite = (context: Record<string, unknown> | undefined): boolean =>
  context?.newsletterSystem === true
