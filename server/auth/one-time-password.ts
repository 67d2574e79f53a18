import { randomInt } from 'node:crypto'

// Letters and digits that cannot be misread (no 0/o, 1/l/i) when a one-time password is read out.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789'

/**
 * A one-time password for a staff account (xxxx-xxxx-xxxx, ~59 bits): shown once to the admin who
 * made or reset the account, changed by its holder at first sign-in (the router allows nothing
 * else until then). It passes the password rule (server/auth/password-policy.ts).
 */
export function newOneTimePassword(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(''),
  )
  return groups.join('-')
}
