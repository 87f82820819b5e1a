import { applyAccessibleNames } from './applyAccessibleNames'

/**
 * Keeps Payload's controls named while React renders: one pass now, then at most one pass per
 * animation frame after elements were added. Only added nodes are watched: our own attribute
 * changes trigger nothing. Returns the function that stops watching.
 */
export function watchAccessibleNames(root: Element): () => void {
  let frame: number | undefined
  const observer = new MutationObserver(() => {
    frame ??= requestAnimationFrame(() => {
      frame = undefined
      applyAccessibleNames(root)
    })
  })
  applyAccessibleNames(root)
  observer.observe(root, { childList: true, subtree: true })
  return () => {
    observer.disconnect()
    if (frame !== undefined) cancelAnimationFrame(frame)
  }
}
