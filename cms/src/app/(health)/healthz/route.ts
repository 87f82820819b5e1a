/** Liveness for a load balancer or supervisor: the process answers. No database call. */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return new Response('ok', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
