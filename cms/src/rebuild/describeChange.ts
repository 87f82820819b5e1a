type Labelled = { slug: string; label?: unknown; labels?: { singular?: unknown }; admin?: unknown }

const MAX_TITLE = 120

function text(label: unknown): string | undefined {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const values = label as Record<string, unknown>
    const value = values.nl ?? Object.values(values)[0]
    return typeof value === 'string' ? value : undefined
  }
  return undefined
}

function titleOf(entity: Labelled, doc: Record<string, unknown>): string {
  const useAsTitle = (entity.admin as { useAsTitle?: unknown } | undefined)?.useAsTitle
  const candidates = [typeof useAsTitle === 'string' ? useAsTitle : undefined, 'title', 'name', 'filename']
  for (const field of candidates) {
    const value = field ? doc[field] : undefined
    if (typeof value === 'string' && value.trim()) {
      const title = value.trim()
      return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title
    }
  }
  return `#${String(doc.id ?? '?')}`
}

/** "Nieuwsbericht “Titel” gepubliceerd": what changed, for the build log. */
export function describeDocumentChange(collection: Labelled, doc: Record<string, unknown>, action: string): string {
  return `${text(collection.labels?.singular) ?? collection.slug} “${titleOf(collection, doc)}” ${action}`
}

/** "Homepage bijgewerkt". */
export function describeGlobalChange(global: Labelled): string {
  return `${text(global.label) ?? global.slug} bijgewerkt`
}
