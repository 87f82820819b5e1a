import type { Endpoint, Payload } from 'payload'
import { readFields } from './readFields'
import { jsonResponse, preflight, redirectTo } from './siteResponses'

export type TokenEndpointOptions = {
  path: string
  /** Does what the link is for, once; false for an unknown, used or expired token. */
  act: (payload: Payload, token: string) => Promise<boolean>
  /** Site pages for plain form posts: after success, and for a link that did not work. */
  donePath: string
  invalidPath: string
  /** The Dutch message of a JSON 400 for a link that did not work. */
  invalidMessage: string
}

/**
 * POST <path> with the `token` from a link in an email, sent by the button on the site's page
 * behind that link. Opening the link (a GET, as link scanners do) does nothing: there is no GET
 * handler. JSON 200/400, or for a plain form post a 303 to the done or the invalid-link page.
 */
export function tokenEndpoint(options: TokenEndpointOptions): Endpoint[] {
  return [
    {
      path: options.path,
      method: 'post',
      handler: async (req) => {
        const submitted = await readFields(req)
        if ('status' in submitted)
          return jsonResponse({ ok: false, error: 'bad_request', message: submitted.message }, submitted.status)
        const done = await options.act(req.payload, submitted.fields.token?.trim() ?? '')
        if (submitted.kind === 'form') return redirectTo(done ? options.donePath : options.invalidPath)
        return done
          ? jsonResponse({ ok: true }, 200)
          : jsonResponse({ ok: false, error: 'token', message: options.invalidMessage }, 400)
      },
    },
    { path: options.path, method: 'options', handler: () => preflight() },
  ]
}
