/** Public API of the draft preview feature, for the Payload config and the tests. */
export { previewPlugin } from './plugin'
export { previewKey } from './previewKey'
export { PREVIEW_TTL_MS, signPreviewToken, verifyPreviewToken, type PreviewClaim } from './previewToken'
export { previewPath } from './previewUrl'
