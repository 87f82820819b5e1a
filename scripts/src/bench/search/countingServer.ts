import { startSiteServer } from '../../site-server'

export interface CountingServer {
  url: string
  /** Body bytes sent (compressed where compressed) since the last reset, HTML pages excluded. */
  bytesSent: () => number
  /** The same per URL path. */
  bytesByPath: () => ReadonlyMap<string, number>
  resetBytes: () => void
  close: () => Promise<void>
}

/** The site server on a free port for one folder, counting the bytes a visitor downloads. */
export async function serveCounting(root: string): Promise<CountingServer> {
  let sent = new Map<string, number>()
  const site = await startSiteServer({
    root,
    port: 0,
    host: '127.0.0.1',
    precompressed: true,
    onFileSent: ({ urlPath, status, bytes }) => {
      if (status === 200 && !urlPath.endsWith('.html')) sent.set(urlPath, (sent.get(urlPath) ?? 0) + bytes)
    },
  })
  return {
    url: site.url,
    bytesSent: () => [...sent.values()].reduce((sum, n) => sum + n, 0),
    bytesByPath: () => new Map(sent),
    resetBytes: () => void (sent = new Map()),
    close: site.close,
  }
}
