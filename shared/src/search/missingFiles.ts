/**
 * Thrown by a split index or store (`splitLoad.ts`) when a query needs postings shards or display
 * chunks that are not loaded yet. It lists every file the current step needs, so the worker can
 * fetch them in one go and run the (synchronous, side-effect free) search again.
 */
export class MissingFilesError extends Error {
  constructor(readonly files: readonly string[]) {
    super(`Search files not loaded yet: ${files.join(', ')}`)
    this.name = 'MissingFilesError'
  }
}

/** Throws a `MissingFilesError` when `files` is not empty. */
export function requireFiles(files: readonly string[]): void {
  if (files.length > 0) throw new MissingFilesError([...new Set(files)])
}
