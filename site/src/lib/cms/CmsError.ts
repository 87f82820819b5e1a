/** Anything that stops the build from getting complete, published content from the CMS. */
export class CmsError extends Error {
  override name = 'CmsError'
}
