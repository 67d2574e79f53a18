import { PASSWORD_MIN_LENGTH } from '../../contract/user'
import list from './common-passwords.json'

// One password rule for every way a password is set: H5 sign-up, changing one's own, and the
// admin's one-time passwords for staff. The list ships in the repo (common-passwords.json).
const COMMON = new Set(list.passwords)

/**
 * Why a new password is not good enough, in Chinese, or null: at least 10 characters, not one
 * of the common ones, not the account's own sign-in name or phone.
 */
export function passwordProblem(password: string, account: { username?: string | null; phone?: string | null } = {}) {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`
  const lower = password.toLowerCase()
  if (COMMON.has(lower)) return '这个密码太常见，容易被猜中，请换一个'
  if (new Set(password).size < 4) return '密码由太少的不同字符组成，请换一个'
  for (const own of [account.username, account.phone]) {
    if (own && lower.includes(own.toLowerCase())) return '密码不能包含账号或手机号'
  }
  return null
}
