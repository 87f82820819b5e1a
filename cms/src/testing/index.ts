/**
 * Test tools for other packages' tests and benchmarks. Nothing here reads the environment or the
 * Payload config at import: set DATABASE_URL and friends first, then call.
 */
export { startRestServer } from './restServer'
export { startSender, type Sender, type SenderLine } from './startSender'
export { createUser, getTestPayload } from './testPayload'
