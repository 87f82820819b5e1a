const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

const time = (iso: string | null | undefined): number => (iso ? Date.parse(iso) || 0 : 0)

/** Newest first by publication date (then creation date). */
export const byNewest = <T extends { publishedAt?: string | null; createdAt: string }>(docs: T[]): T[] =>
  [...docs].sort((a, b) => time(b.publishedAt ?? b.createdAt) - time(a.publishedAt ?? a.createdAt))

/** Alphabetical by title, Dutch collation ("'s-Hertogenbosch" and "Één" sort sensibly). */
export const byTitle = <T extends { title: string }>(docs: T[]): T[] =>
  [...docs].sort((a, b) => collator.compare(a.title, b.title))

/** Newest first by the document's own date (a publication's release date), then by title. */
export const byDate = <T extends { date: string; title: string }>(docs: T[]): T[] =>
  [...docs].sort((a, b) => time(b.date) - time(a.date) || collator.compare(a.title, b.title))

export const byStart = <T extends { startsAt: string }>(docs: T[]): T[] =>
  [...docs].sort((a, b) => time(a.startsAt) - time(b.startsAt))

export const byNumber = <T extends { number: number }>(docs: T[]): T[] => [...docs].sort((a, b) => a.number - b.number)

/** By the editor's order field (lower first), then by name, for lists without a title. */
export const byOrder = <T extends { order: number; name?: string | null }>(docs: T[]): T[] =>
  [...docs].sort((a, b) => a.order - b.order || collator.compare(a.name ?? '', b.name ?? ''))
