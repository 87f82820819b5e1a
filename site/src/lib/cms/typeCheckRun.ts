/**
 * True when Astro runs `astro check` or `astro sync`: those only need the collection types
 * (from the schemas), not the content, so the loaders do not contact the CMS. Builds and the
 * dev server always fetch.
 */
export function isTypeCheckRun(argv: readonly string[] = process.argv): boolean {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'))
  return command === 'check' || command === 'sync'
}
