/** The collections people register for. */
export const targetCollections = ['communities', 'events'] as const
export type TargetCollection = (typeof targetCollections)[number]

export type TargetRef = { collection: TargetCollection; id: string }

/** `communities:<id>` or `events:<id>`: the form's hidden `target` and the registrations' `targetKey`. */
export const targetKey = (collection: TargetCollection, id: string | number): string => `${collection}:${id}`

/** The target a key names, or undefined for anything else. */
export function parseTargetKey(key: string): TargetRef | undefined {
  const match = /^(communities|events):([A-Za-z0-9-]{1,64})$/.exec(key.trim())
  if (!match) return undefined
  return { collection: match[1] as TargetCollection, id: match[2]! }
}
