import { withPayload } from '@payloadcms/next/withPayload'

/**
 * The newsletter preview sets its own framing rules (the admin shows it in a same-origin frame,
 * with a stricter policy of its own); Next keeps a header set here over one a route sets, so that
 * path is left out of the frame rules.
 */
const OWN_FRAME_RULES = 'api/newsletters/[^/]+/preview$'

/**
 * Security headers on every CMS response (admin, REST, uploaded files): no content sniffing, no
 * framing of the admin by other sites (clickjacking), and only the origin as referrer elsewhere.
 * @type {import('next').NextConfig['headers']}
 */
export const securityHeaders = async () => [
  {
    source: '/:path*',
    headers: [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ],
  },
  {
    source: `/:path((?!${OWN_FRAME_RULES}).*)`,
    headers: [
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
    ],
  },
]

/**
 * CI builds once, from a clean clone, after its own typecheck: Next's type check (19 s) and its
 * Turbopack cache for the next build (23 s written, never read) would be work done for nothing.
 */
const ci = process.env.CI === 'true'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: ci },
  experimental: { turbopackFileSystemCacheForBuild: !ci },
  turbopack: { root: new URL('..', import.meta.url).pathname },
  headers: securityHeaders,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
