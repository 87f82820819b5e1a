import type { SiteContent } from './types'

/** Site content with no documents and empty globals, for tests; `overrides` fills in what a test needs. */
export const emptySiteContent = (overrides: Record<string, unknown> = {}): SiteContent =>
  ({
    news: [],
    practices: [],
    experts: [],
    regions: [],
    communities: [],
    events: [],
    pages: [],
    themes: [],
    advices: [],
    publications: [],
    partners: [],
    'team-members': [],
    settings: {},
    navigation: {},
    home: {},
    ...overrides,
  }) as unknown as SiteContent
