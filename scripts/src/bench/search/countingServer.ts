import { startSiteServer } from '../../site-server'

export interface CountingServer {
  url: string
  /** Body bytes sent (compressed where compressed) since the last reset, HTML pages excluded. */
  bytesSent: () => number
  resetBytes: () => void
  close: () => Promise<void>
}

/** The site server on a free port for one folder, counting the bytes a visitor downloads. */
export async function serveCounting(root: string): Promise<CountingServer> {
  let sent = 0
  const site = await startSiteServer({
    root,
    port: 0,
    host: '127.0.0.1',
    precompressed: true,
    onFileSent: ({ urlPath, status, bytes }) => {
      if (status === 200 && !urlPath.endsWith('.html')) sent += bytes
    },
  })
  return { url: site.url, bytesSent: () => sent, resetBytes: () => void (sent = 0), close: site.close }
}
