/** Whether a collection or global keeps drafts, so only its published state reaches the site. */
export const hasDrafts = (entity: { versions?: unknown }): boolean => {
  const versions = entity.versions
  return Boolean(versions && typeof versions === 'object' && (versions as { drafts?: unknown }).drafts)
}
