/** Contributors (bijdragers): drafts of news and practices for their own regions, reviewed by editors. */
export { contributedContentAccess } from './contributedContentAccess'
export { contributedContentHooks } from './contributedContentHooks'
export { createdByField } from './fields/createdByField'
export { reviewField } from './fields/reviewField'
export { hideFromContributors } from './hideFromContributors'
export { PUBLISH_REFUSED } from './hooks/keepContributorsToDrafts'
export { REGIONS_REFUSED } from './hooks/keepContributorsToTheirRegions'
export { reviewMailsProcessed } from './reviewMail/reviewMailQueue'

export const EDITOR_PUBLISH_BUTTON = '/src/contributors/admin/EditorPublishButton#EditorPublishButton'
