import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { clientIp } from '../../../http/clientIp'
import { RateLimiter } from '../../../limits/rateLimiter'

export const LOGIN_ATTEMPTS_PER_CLIENT = 10
const WINDOW_MS = 10 * 60 * 1000

/**
 * `LOGIN_RATE_LIMIT_PER_IP` raises the limit where many logins come from one address on purpose
 * (the admin browser tests log in a dozen times from 127.0.0.1); anything but a positive whole
 * number keeps the default.
 */
export const loginAttemptsPerClient = (env: Record<string, string | undefined> = process.env): number => {
  const configured = Number(env.LOGIN_RATE_LIMIT_PER_IP)
  return Number.isInteger(configured) && configured > 0 ? configured : LOGIN_ATTEMPTS_PER_CLIENT
}

const limiter = new RateLimiter({
  name: 'login',
  limit: () => loginAttemptsPerClient(),
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
  // A token without a mail (an invitation, see sendInvitation) is our code, even inside a REST request.
  if (operation === 'forgotPassword' && args.disableEmail) return args
  if (!(await limiter.hit(req.payload, clientIp(req.headers))))
    throw new APIError(
      'Te veel inlogpogingen vanaf dit adres. Probeer het over tien minuten opnieuw.',
      429,
      undefined,
      true,
    )
  return args
}
