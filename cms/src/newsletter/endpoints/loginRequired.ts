/** What the editor endpoints answer an anonymous request, in their `{ ok, message }` shape. */
export const LOGIN_REQUIRED = { ok: false, message: 'Log in om dit te doen.' } as const
