/** The astro:assets remote pattern that allows exactly the CMS origin (protocol, host and port). */
export function remotePatternFor(origin: string): { protocol: string; hostname: string; port?: string } {
  const url = new URL(origin)
  return {
    protocol: url.protocol.replace(/:$/, ''),
    hostname: url.hostname,
    ...(url.port ? { port: url.port } : {}),
  }
}
