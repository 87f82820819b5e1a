import { formatDate } from '@mao/shared/dates'
import { publicationKindLabels, publicationKindOptions, type PublicationKind } from '@mao/shared/selectOptions'
import { publicationFilterSegments } from '@mao/shared/sitePaths'
import { slugify } from '@mao/shared/slug'
import { collectionPaths } from '@mao/shared/urls'
import type { FilterLink } from './filters'
import type { CollectionDoc, MediaDoc, ThemeDoc } from './types'

export type PublicationDoc = CollectionDoc<'publications'>

const basePath = collectionPaths.publications

/** The URL segment of each kind: its Dutch label as a slug (`/publicaties/soort/programmaplan`). */
export const kindSlugs = Object.fromEntries(
  publicationKindOptions.map((option) => [option.value, slugify(option.label)]),
) as Record<PublicationKind, string>

export const kindPath = (kind: PublicationKind): string =>
  `${basePath}/${publicationFilterSegments.kind}/${kindSlugs[kind]}`

export const themePath = (theme: Pick<ThemeDoc, 'slug'>): string =>
  `${basePath}/${publicationFilterSegments.theme}/${theme.slug}`

/** Links to the kind filter pages that have at least one publication, in the kinds' own order. */
export function kindLinks(docs: readonly PublicationDoc[]): FilterLink[] {
  return publicationKindOptions
    .map((option) => ({
      label: option.label,
      slug: kindSlugs[option.value],
      href: kindPath(option.value),
      count: docs.filter((doc) => doc.kind === option.value).length,
    }))
    .filter((link) => link.count > 0)
}

/** Links to the theme filter pages that have at least one publication. */
export const themeLinks = (docs: readonly PublicationDoc[], themes: readonly ThemeDoc[]): FilterLink[] =>
  themes
    .map((theme) => ({
      label: theme.title,
      slug: theme.slug,
      href: themePath(theme),
      count: docs.filter((doc) => doc.themes.includes(theme.id)).length,
    }))
    .filter((link) => link.count > 0)

/** "Programmaplan · 15 januari 2020" */
export const publicationMeta = (doc: PublicationDoc): string =>
  `${publicationKindLabels[doc.kind]} · ${formatDate(doc.date)}`

const megabyte = 1024 * 1024

/** A file size as Dutch readers write it: "1,2 MB", "316 kB", "800 bytes". */
export function formatFileSize(bytes: number): string {
  if (bytes >= megabyte) return `${(bytes / megabyte).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`
  return `${bytes} bytes`
}

/** The short type of a file for its link text: "pdf" for PDFs, else the file name's extension. */
export function fileType(file: Pick<MediaDoc, 'mimeType' | 'filename'>): string | null {
  if (file.mimeType === 'application/pdf') return 'pdf'
  const extension = file.filename?.match(/\.([a-z0-9]+)$/i)?.[1]
  return extension ? extension.toLowerCase() : null
}

/** "Download (pdf, 1,2 MB)": the link text of a publication's file, with what is known of it. */
export function downloadLabel(file: Pick<MediaDoc, 'mimeType' | 'filename' | 'filesize'>): string {
  const details = [fileType(file), typeof file.filesize === 'number' ? formatFileSize(file.filesize) : null].filter(
    (part): part is string => part !== null,
  )
  return details.length > 0 ? `Download (${details.join(', ')})` : 'Download'
}
