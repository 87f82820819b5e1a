import type { AstroUserConfig } from 'astro'
import { fontsourceProvider } from './fontsourceProvider'

/** The CSS variable that holds the font stack; tokens.css uses it for `--mao-font-family`. */
export const NOTO_SANS_VARIABLE = '--font-noto-sans'

/**
 * Noto Sans, self-hosted from @fontsource/noto-sans through Astro's Fonts API: the `<Font>`
 * component in the layout writes the @font-face rules, preloads the latin regular and bold files
 * and adds a fallback face on Arial with Noto Sans's metrics (size-adjust, ascent/descent/line-gap
 * overrides), so swapping in the web font does not move the text. Faces that no page uses (bold
 * italic, latin-ext) cost a line of CSS, never a download.
 */
export const notoSans: NonNullable<AstroUserConfig['fonts']>[number] = {
  name: 'Noto Sans',
  cssVariable: NOTO_SANS_VARIABLE,
  provider: fontsourceProvider('@fontsource/noto-sans'),
  weights: [400, 700],
  styles: ['normal', 'italic'],
  subsets: ['latin', 'latin-ext'],
  fallbacks: ['Arial', 'sans-serif'],
  display: 'swap',
}
