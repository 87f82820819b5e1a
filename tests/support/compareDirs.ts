import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles } from './distFiles'

const MAX_FILES_SHOWN = 20
const EXCERPT_CHARS = 80

/**
 * How two folders differ, as readable text for a failing assertion: files only in one of them,
 * then each file whose bytes differ with an excerpt around its first difference. Empty when both
 * hold the same files with the same bytes.
 */
export function compareDirs(expectedDir: string, actualDir: string): string {
  const expected = listFiles(expectedDir)
  const actual = listFiles(actualDir)
  const actualSet = new Set(actual)
  const expectedSet = new Set(expected)
  const lines: string[] = []
  const missing = expected.filter((file) => !actualSet.has(file))
  const extra = actual.filter((file) => !expectedSet.has(file))
  if (missing.length > 0) lines.push(`missing (${missing.length}): ${shortList(missing)}`)
  if (extra.length > 0) lines.push(`extra (${extra.length}): ${shortList(extra)}`)

  const differing = expected
    .filter((file) => actualSet.has(file))
    .flatMap((file) => {
      const [a, b] = [readFileSync(path.join(expectedDir, file)), readFileSync(path.join(actualDir, file))]
      return a.equals(b) ? [] : [{ file, excerpt: firstDifference(a, b) }]
    })
  if (differing.length > 0) {
    lines.push(`different bytes (${differing.length}):`)
    for (const { file, excerpt } of differing.slice(0, MAX_FILES_SHOWN)) lines.push(`  ${file}\n${excerpt}`)
    if (differing.length > MAX_FILES_SHOWN) lines.push(`  … and ${differing.length - MAX_FILES_SHOWN} more`)
  }
  return lines.join('\n')
}

const shortList = (files: string[]) =>
  files.slice(0, MAX_FILES_SHOWN).join(', ') + (files.length > MAX_FILES_SHOWN ? ', …' : '')

/** The text around the first differing byte of each side, or the sizes for binary files. */
function firstDifference(expected: Buffer, actual: Buffer): string {
  if (expected.includes(0) || actual.includes(0))
    return `    ${expected.length} bytes expected, ${actual.length} bytes got`
  let at = 0
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at += 1
  const excerpt = (buffer: Buffer) =>
    JSON.stringify(buffer.subarray(Math.max(0, at - EXCERPT_CHARS), at + EXCERPT_CHARS).toString('utf8'))
  return `    at byte ${at}\n    expected: ${excerpt(expected)}\n    got:      ${excerpt(actual)}`
}
