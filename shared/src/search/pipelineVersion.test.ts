import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  PIPELINE_SOURCES,
  PIPELINE_SOURCES_DIGEST,
  PIPELINE_VERSION,
  pipelineVersionOf,
  type PipelineInputs,
} from './pipelineVersion'
import { DUTCH_STOP_WORDS } from './stopwords'
import { SYNONYM_GROUPS } from './synonyms.data'

const require = createRequire(import.meta.url)

function sourcesDigest(): string {
  const hash = createHash('sha256')
  for (const source of PIPELINE_SOURCES) {
    const file = source.includes('/') ? require.resolve(source) : new URL(source, import.meta.url)
    hash.update(`${source}\u0000${readFileSync(file, 'utf8').replace(/\r\n/g, '\n')}\u0000`)
  }
  return hash.digest('base64url').slice(0, 16)
}

describe('PIPELINE_SOURCES_DIGEST', () => {
  it('is the digest of the sources the cached search terms come from', () => {
    // On failure: a file the per-document terms depend on changed. Record the new digest in
    // pipelineVersion.ts: that gives the term cache a new version, so no build reuses old terms.
    expect(PIPELINE_SOURCES_DIGEST, 'set PIPELINE_SOURCES_DIGEST in pipelineVersion.ts to').toBe(sourcesDigest())
  })
})

/** The relative modules `source` imports for more than types (those cannot change a term). */
function valueImports(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest)
  const specifiers: string[] = []
  for (const statement of file.statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue
    if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue
    if (ts.isImportDeclaration(statement) ? typeOnlyImport(statement) : statement.isTypeOnly) continue
    specifiers.push(statement.moduleSpecifier.text)
  }
  return specifiers.filter((specifier) => specifier.startsWith('./')).map((path) => `${path.slice(2)}.ts`)
}

function typeOnlyImport({ importClause }: ts.ImportDeclaration): boolean {
  if (!importClause) return false
  if (importClause.isTypeOnly) return true
  const bindings = importClause.namedBindings
  return (
    !importClause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

/** `root` and the search modules it imports for their code, directly or through others. */
function moduleGraph(root: string): Set<string> {
  const seen = new Set<string>()
  const pending = [root]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    pending.push(...valueImports(readFileSync(new URL(file, import.meta.url), 'utf8')))
  }
  return seen
}

describe('PIPELINE_SOURCES', () => {
  it('lists every module the per-document terms and their storage import', () => {
    // *.data.ts files are hashed by pipelineVersion.ts at run time instead.
    const modules = new Set([...moduleGraph('documentTerms.ts'), ...moduleGraph('storedTerms.ts')])
    const missing = [...modules].filter((file) => !PIPELINE_SOURCES.includes(file) && !file.endsWith('.data.ts'))
    expect(missing, 'add to PIPELINE_SOURCES in pipelineVersion.ts').toEqual([])
  })
})

describe('PIPELINE_VERSION', () => {
  const current: PipelineInputs = {
    sourcesDigest: PIPELINE_SOURCES_DIGEST,
    stopWords: DUTCH_STOP_WORDS,
    synonymGroups: SYNONYM_GROUPS,
    unicode: process.versions.unicode,
  }

  it('follows the sources, the stop words, the synonym groups and the Unicode version', () => {
    expect(pipelineVersionOf(current)).toBe(PIPELINE_VERSION)
    const changed: PipelineInputs[] = [
      { ...current, sourcesDigest: 'another' },
      { ...current, stopWords: [...DUTCH_STOP_WORDS, 'zeker'] },
      { ...current, synonymGroups: [...SYNONYM_GROUPS, ['LVS', 'leerlingvolgsysteem']] },
      { ...current, synonymGroups: SYNONYM_GROUPS.slice(1) },
      { ...current, unicode: '0.0' },
    ]
    for (const inputs of changed) expect(pipelineVersionOf(inputs)).not.toBe(PIPELINE_VERSION)
  })
})
