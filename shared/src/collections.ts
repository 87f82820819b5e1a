/** The CMS collections whose published documents make up the public site. */
export const publicCollections = [
  'news',
  'practices',
  'experts',
  'regions',
  'communities',
  'events',
  'pages',
  'themes',
  'advices',
  'partners',
] as const

export type PublicCollection = (typeof publicCollections)[number]
