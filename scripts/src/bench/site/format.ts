/** Number formatting for the benchmark table (decimal units: 1 kB = 1000 bytes). */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`
export const MB = (bytes: number): string => `${Math.round(bytes / 1e6).toLocaleString('en-US')} MB`
export const seconds = (value: number): string => `${value.toFixed(1)} s`
export const count = (value: number): string => value.toLocaleString('en-US')

/** Prints rows as an aligned text table; the first row is the header. */
export function printTable(rows: string[][], print: (line: string) => void = console.log): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  rows.forEach((row, index) => {
    print(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    if (index === 0) print(widths.map((width) => '-'.repeat(width)).join('  '))
  })
}
