import { existsSync } from 'node:fs'
import path from 'node:path'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Packages talk through their public entry points (the `exports` of their package.json), never
// through another package's src/ or test/ files, nor by a relative path into another package.
const internals = String.raw`^@mao/[\w-]+/(src|test)(/|$)`
const message = "Import another package by name through its package.json exports (for example '@mao/cms/newsletter')."

const packageRoots = new Map()
/** The folder of the nearest package.json above `dir`. */
function packageRoot(dir) {
  if (!packageRoots.has(dir)) {
    const parent = path.dirname(dir)
    packageRoots.set(dir, existsSync(path.join(dir, 'package.json')) || parent === dir ? dir : packageRoot(parent))
  }
  return packageRoots.get(dir)
}

/**
 * What no-restricted-imports cannot see: a relative import that resolves into another package
 * (a pattern cannot tell `../../tests/…` from a folder named `tests` inside the same package),
 * and dynamic `import()` of either kind.
 */
const packageBoundaries = {
  meta: { type: 'problem', schema: [], messages: { crossing: message } },
  create(context) {
    const from = packageRoot(path.dirname(context.filename))
    const intoAnotherPackage = (specifier) =>
      specifier.startsWith('.') &&
      packageRoot(path.dirname(path.resolve(path.dirname(context.filename), specifier))) !== from
    const check = (source, alsoInternals = false) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return
      if (intoAnotherPackage(source.value) || (alsoInternals && new RegExp(internals).test(source.value)))
        context.report({ node: source, messageId: 'crossing' })
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source, true),
    }
  },
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-preview/**',
      '**/.next/**',
      '**/.astro/**',
      '**/.turbo/**',
      '**/next-env.d.ts',
      '**/admin/importMap.js',
      '**/src/migrations/2*.ts',
      '**/payload-types.ts',
      '**/test-results/**',
      '**/site/releases/**',
      '**/site/current/**',
      '**/.bench/**',
      '**/.bench-bare/**',
      '**/.test-builds/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { mao: { rules: { 'package-boundaries': packageBoundaries } } },
    languageOptions: {
      globals: { URL: 'readonly', process: 'readonly', console: 'readonly', fetch: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { patterns: [{ regex: internals, message }] }],
      'mao/package-boundaries': 'error',
    },
  },
  // Each package's ESLint config re-exports this one.
  { files: ['eslint.config.js'], rules: { 'mao/package-boundaries': 'off' } },
)
