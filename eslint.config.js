import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
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
    languageOptions: {
      globals: { URL: 'readonly', process: 'readonly', console: 'readonly', fetch: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
)
