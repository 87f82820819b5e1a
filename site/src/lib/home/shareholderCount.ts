/** The home call to action's count line; none before the first aandeelhouder is approved. */
export const shareholderCountLine = (count: number): string | null =>
  count === 0
    ? null
    : count === 1
      ? 'Eén organisatie is al aandeelhouder.'
      : `Al ${count} organisaties zijn aandeelhouder.`
