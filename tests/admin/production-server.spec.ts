import { expect, test } from '@playwright/test'
import { ADMIN_E2E } from '../support/adminCredentials'

/**
 * What only the real production server shows (cms/server.ts in front of the Next build): the
 * body limits wrapped around Payload's routes, the client address taken from the socket, health
 * endpoints and headers. The unit and integration tests call the same code without Next.
 */
const cms = `http://localhost:${ADMIN_E2E.port}`

test('a JSON request passes the body limit and reaches Payload', async ({ request }) => {
  const response = await request.post(`${cms}/api/users/login`, {
    data: { email: ADMIN_E2E.email, password: ADMIN_E2E.password },
  })
  expect(response.status()).toBe(200)
  expect(((await response.json()) as { token?: string }).token).toEqual(expect.any(String))
})

test('a JSON body over 1 MB is refused with a Dutch message, without access', async ({ request }) => {
  const response = await request.post(`${cms}/api/news`, {
    headers: { 'content-type': 'application/json' },
    data: JSON.stringify({ title: 'x'.repeat(2_000_000) }),
  })
  expect(response.status()).toBe(413)
  expect(await response.text()).toContain('Het verzoek is te groot')
})

test('a made-up X-Forwarded-For does not escape the per-client sign-up limit', async ({ request }) => {
  const statuses: number[] = []
  for (let i = 0; i < 4; i += 1) {
    const response = await request.post(`${cms}/api/subscribers/subscribe`, {
      headers: { accept: 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
      form: { email: `spoof-${i}@example.org` },
    })
    statuses.push(response.status())
  }
  // NEWSLETTER_RATE_LIMIT_PER_IP is 3 for this server: the fourth request from this socket is refused.
  expect(statuses).toEqual([202, 202, 202, 429])
})

test('health endpoints answer for a load balancer, uncached', async ({ request }) => {
  for (const pathname of ['/healthz', '/readyz']) {
    const response = await request.get(`${cms}${pathname}`)
    expect(response.status(), pathname).toBe(200)
    expect(response.headers()['cache-control'], pathname).toContain('no-store')
  }
})

test('the admin cannot be framed and is never sniffed', async ({ request }) => {
  const headers = (await request.get(`${cms}/admin/login`)).headers()
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
})
