import { hashPassword } from '../../../server/auth/password'
import { newOneTimePassword } from '../../../server/auth/one-time-password'
import type { FinishCtx } from '../../../server/core/define-function'

/**
 * A new one-time password for an account whose password the call has just cleared: generated and
 * hashed with no transaction held (a finish phase), stored by a short transaction of its own.
 * Answers the password in clear, to be shown once.
 */
export async function setOneTimePassword(transaction: FinishCtx['transaction'], userId: number): Promise<string> {
  const oneTimePassword = newOneTimePassword()
  const hash = await hashPassword(oneTimePassword)
  await transaction(({ db }) =>
    db.updateTable('users').set({ password_hash: hash, must_change_password: true }).where('id', '=', userId).execute(),
  )
  return oneTimePassword
}
