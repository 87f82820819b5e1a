import type { Validate } from 'payload'

/** A contributor writes about their own regions only, so a contributor without regions could write nothing. */
export const requireContributorRegions: Validate<unknown, unknown, { role?: string }> = (value, { siblingData }) => {
  if (siblingData?.role !== 'contributor') return true
  return Array.isArray(value) && value.length > 0 ? true : 'Kies minstens één inspiratieregio voor een bijdrager.'
}
