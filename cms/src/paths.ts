import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The `cms/` package directory, whatever the working directory of the process. */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const mediaDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.MEDIA_DIR ? path.resolve(env.MEDIA_DIR) : path.join(cmsRoot, 'media')

export const defaultSqliteFile = path.join(cmsRoot, 'data', 'mao.db')

export const defaultDevSqliteFile = path.join(cmsRoot, 'data', 'mao-dev.db')
