import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { clientIp } from '../../../http/clientIp'
import { RateLimiter } from '../../../limits/rateLimiter'

export const LOGIN_ATTEMPTS_PER_CLIENT = 10
const WINDOW_MS = 10 * 60 * 1000

const limiter = new RateLimiter({
  name: 'login',
  limit: () => LOGIN_ATTEMPTS_PER_CLIENT,
  windowMs: () => WINDOW_MS,
})

/**
 * At most 10 login (and forgot-password) requests per client address per 10 minutes, checked in
 * `beforeOperation`, before Payload looks the account up and counts a failed password. One client
 * thus cannot reach the account lockout (`maxLoginAttempts`) quickly: it only locks an account
 * when several clients guess at it. Local API calls (our own code) are not throttled.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  if (req.payloadAPI === 'local') return args
  if (!(await limiter.hit(req.payload, clientIp(req.headers))))
    throw new APIError(
      'Te veel inlogpogingen vanaf dit adres. Probeer het over tien minuten opnieuw.',
      429,
      undefined,
      true,
    )
  return args
}
