/** Public API of the editors' dashboard, for the Payload config and the tests. */
export { dashboardPlugin } from './plugin'
export { awaitingReview } from './queries/awaitingReview'
export { brokenLinks } from './queries/brokenLinks'
export { imagesWithoutAlt } from './queries/imagesWithoutAlt'
export { lastBuild } from './queries/lastBuild'
export { nextNewsUpdate } from './queries/nextNewsUpdate'
export { staleDrafts } from './queries/staleDrafts'
