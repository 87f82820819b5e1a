import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FontProvider } from 'astro'

/**
 * A font provider for Astro's Fonts API that reads the files of an installed @fontsource package.
 * Astro's own `npm` provider reads the package's CSS but points every file at a CDN, so the build
 * would fetch the fonts from the internet; `local` names no subsets, so preloads cannot be limited
 * to the latin files. This one returns each requested subset × weight × style the package ships, as
 * an absolute file path with the subset's unicode-range: Astro copies the files into the build,
 * reads their metrics for the fallback faces, and can preload by subset.
 */
export function fontsourceProvider(packageName: string): FontProvider {
  let packageDir = ''
  return {
    name: 'fontsource-files',
    config: { packageName },
    init({ root }) {
      packageDir = path.dirname(createRequire(fileURLToPath(root)).resolve(packageName))
    },
    resolveFont({ weights, styles, subsets, formats }) {
      const ranges = JSON.parse(readFileSync(path.join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>
      const slug = path.basename(packageDir)
      const fonts = subsets.flatMap((subset) =>
        weights.flatMap((weight) =>
          styles.map((style) => {
            const src = formats
              .map((format) => path.join(packageDir, 'files', `${slug}-${subset}-${weight}-${style}.${format}`))
              .filter((file) => existsSync(file))
              .map((file) => ({ url: file, format: path.extname(file).slice(1) }))
            const unicodeRange = ranges[subset]?.split(',')
            return { src, weight, style, unicodeRange, meta: { subset } }
          }),
        ),
      )
      return { fonts: fonts.filter((font) => font.src.length > 0) }
    },
  }
}
