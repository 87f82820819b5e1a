import type { CollectionConfig } from 'payload'
import { keepContributorsToDrafts } from './hooks/keepContributorsToDrafts'
import { keepContributorsToTheirRegions } from './hooks/keepContributorsToTheirRegions'
import { notifyReview } from './hooks/notifyReview'
import { recordCreator } from './hooks/recordCreator'
import { rememberLiveStatus } from './hooks/rememberLiveStatus'
import { resetReviewOnPublish } from './hooks/resetReviewOnPublish'

/** Hooks of the collections contributors write: their limits (in this order) and the review mails. */
export const contributedContentHooks = {
  beforeChange: [
    recordCreator,
    keepContributorsToDrafts,
    keepContributorsToTheirRegions,
    resetReviewOnPublish,
    rememberLiveStatus,
  ],
  afterChange: [notifyReview],
} satisfies CollectionConfig['hooks']
