/** Byte order mark: Excel reads the file as UTF-8 only with it. */
const BOM = '\uFEFF'

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
 * before one) gets a leading apostrophe, which shows it as text (CSV injection).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const quoted = (value: string): string => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** A CSV file for Dutch Excel: UTF-8 with BOM, `;` between cells, CRLF between rows. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map((cell) => quoted(neutraliseCell(cell))).join(';')).join('\r\n') + '\r\n'
}
