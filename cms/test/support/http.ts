import { createHmac } from 'node:crypto'

export type Api = { url: string }

let clientCounter = 0

/**
 * Headers giving a request its own client address (as cms/server.ts passes it), so the per-IP
 * limit one test uses up does not hit another.
 */
export const freshIp = () => ({ 'x-mao-client-ip': `203.0.113.${++clientCounter}` })

/** A plain HTML form post, as a browser without JavaScript sends it. */
export const postForm = (
  api: Api,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })

export const postJson = (api: Api, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

export async function login(api: Api, email: string): Promise<string> {
  const response = await postJson(api, '/api/users/login', { email, password: 'correct-horse-battery-staple' })
  return ((await response.json()) as { token: string }).token
}

/** Svix-style headers for a webhook body, as Resend signs them. */
export function signWebhook(
  secret: string,
  body: string,
  { id = `msg_${Date.now()}`, timestamp = Math.floor(Date.now() / 1000) } = {},
) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return { 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': `v1,${signature}` }
}

/** The token in the confirmation link of an email body. */
export function confirmToken(text: string | undefined): string {
  const match = /\/nieuwsbrief\/bevestigen\?token=([A-Za-z0-9_%-]+)/.exec(text ?? '')
  if (!match?.[1]) throw new Error('No confirmation link in the email')
  return decodeURIComponent(match[1])
}
