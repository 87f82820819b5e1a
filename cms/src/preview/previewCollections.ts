import type { PublicCollection } from '@mao/shared/collections'

/** The public collections whose documents have a page of their own on the site, so a preview. */
export const previewCollections = [
  'news',
  'practices',
  'experts',
  'regions',
  'communities',
  'events',
  'pages',
  'themes',
  'advices',
  'publications',
] as const satisfies readonly PublicCollection[]

export type PreviewCollection = (typeof previewCollections)[number]

export const isPreviewCollection = (value: string): value is PreviewCollection =>
  (previewCollections as readonly string[]).includes(value)
