import { createHash, randomBytes } from 'node:crypto'

/** A random, URL-safe token for links in emails (confirm, cancel); store only its hash. */
export const randomToken = (): string => randomBytes(32).toString('base64url')

/** The stored form of a token: a leaked table holds no working links. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')
