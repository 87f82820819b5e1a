import type { Access } from 'payload'

/** Anonymous visitors (the site's archive) read sent editions only; editors read everything. */
export const sentOrAuthenticated: Access = ({ req: { user } }) => (user ? true : { status: { equals: 'sent' } })
