import { randomInt } from 'node:crypto'
import { PASSWORD_MIN_LENGTH } from '../../contract/user'
import { COMMON_PASSWORDS_TEXT } from './common-passwords'

// The one password rule, for every place a password is chosen: a staff member's first change,
// H5 sign-up, the first-admin command. Length beats complexity rules (NIST SP 800-63B): at least
// 10 characters, and not one that everybody tries first.

let common: Set<string> | null = null
const commonPasswords = () => (common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n')))

/** Why a password may not be used, in Chinese, or null when it may. */
export function passwordProblem(password: string, context: { username?: string | null } = {}): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`
  const lower = password.toLowerCase()
  if (commonPasswords().has(lower)) return '这个密码太常见，容易被猜中，请换一个'
  if (/^(.)\1*$/u.test(password)) return '密码不能是同一个字符重复'
  const username = context.username?.toLowerCase()
  if (username && username.length >= 3 && lower.includes(username)) return '密码不能包含用户名'
  return null
}

// Letters and digits that cannot be misread (no 0/o, 1/l/i) when a one-time password is read out.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A one-time password (xxxx-xxxx-xxxx, ~59 bits): shown once, changed at first sign-in. */
export function newOneTimePassword(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(''),
  )
  return groups.join('-')
}
