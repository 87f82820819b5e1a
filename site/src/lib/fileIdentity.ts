import type { Stats } from 'node:fs'

/**
 * Which file a path holds, as far as the caches of the build need to know: the same device,
 * inode, modification time and size mean the same file, unchanged (a hard link to it included);
 * a file written or copied since has another.
 */
export const fileIdentity = ({ dev, ino, mtimeMs, size }: Stats): string => `${dev}:${ino}:${mtimeMs}:${size}`
