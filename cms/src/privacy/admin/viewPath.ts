/** Where the privacy view lives under the admin route. */
export const PRIVACY_VIEW_PATH = '/privacy'
