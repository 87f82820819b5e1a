/** What the build-log endpoints answer an anonymous request, in Payload's `{ errors }` shape. */
export const LOGIN_REQUIRED = { errors: [{ message: 'Log in om sitebuilds te beheren.' }] } as const
