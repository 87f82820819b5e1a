/** Nobody through the API; the system writes with `overrideAccess: true`. Fits collection and field access. */
export const nobody = (): boolean => false
