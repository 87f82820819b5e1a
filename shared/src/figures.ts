/**
 * The figures of "Beweging in cijfers", in the order the site shows them: the keys of
 * GET /api/figures, which the CMS counts and the site's schema checks.
 */
export const figureKeys = [
  'shareholders',
  'regions',
  'practices',
  'ambassadors',
  'communityParticipants',
  'editionsSent',
] as const

export type FigureKey = (typeof figureKeys)[number]
