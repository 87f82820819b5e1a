/** "Al 8 organisaties zijn aandeelhouder, waarvan 6 hier met naam." and its variants. */
export function shareholderCountText(count: number, named: number): string {
  if (count === 0) return 'Er zijn nog geen aandeelhouders. Jouw organisatie kan de eerste zijn.'
  const all = count === 1 ? 'Al 1 organisatie is aandeelhouder' : `Al ${count} organisaties zijn aandeelhouder`
  if (named === 0) return `${all}; ${count === 1 ? 'die staat' : 'ze staan'} hier niet met naam.`
  if (named >= count) return count === 1 ? `${all} en staat hier met naam.` : `${all}; ze staan hier allemaal met naam.`
  return `${all}, waarvan ${named} hier met naam.`
}
