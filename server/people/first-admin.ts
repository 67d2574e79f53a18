import { usernameSchema } from '../../contract/admin'
import { hashPassword } from '../auth/password'
import { newOneTimePassword } from '../auth/one-time-password'
import { refuse } from '../core/app-error'
import { audit } from '../core/audit'
import type { Runtime } from '../core/runtime'
import { inTransaction } from '../core/tx'
import { grantRole } from './grants'

/**
 * The first admin of a deployment (`npm run admin -- create`), without demo mode: an account
 * with a one-time password it must change at first sign-in. Refused when an active admin exists,
 * unless `force` (a second first admin is a decision, not an accident). The hash is computed
 * before the transaction opens.
 */
export async function createFirstAdmin(
  runtime: Runtime,
  o: { username: string; displayName: string; phone?: string; force?: boolean },
): Promise<{ userId: number; username: string; oneTimePassword: string }> {
  const parsed = usernameSchema.safeParse(o.username)
  if (!parsed.success) refuse('BAD_REQUEST', parsed.error.issues[0].message)
  const username = parsed.data!
  const displayName = o.displayName.trim()
  if ([...displayName].length < 2) refuse('BAD_REQUEST', '姓名至少 2 个字')
  const oneTimePassword = newOneTimePassword()
  const passwordHash = await hashPassword(oneTimePassword)
  return inTransaction(runtime, async (ctx) => {
    const admins = await ctx.db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.username')
      .where('r.role', '=', 'admin')
      .where('r.revoked_at', 'is', null)
      .where('u.disabled', '=', false)
      .where('u.deleted_at', 'is', null)
      .execute()
    if (admins.length > 0 && !o.force) {
      const names = admins.map((a) => a.username ?? '(微信账号)').join('、')
      refuse(
        'CONFLICT',
        `已有管理员：${names}。请由管理员在「我的 → 工作台 → 管理后台 → 新建工作人员账号」创建账号；确需再建一位首位管理员，请加 --force`,
      )
    }
    const user = await ctx.db
      .insertInto('users')
      .values({
        role: 'admin',
        display_name: displayName,
        username,
        phone: o.phone || null,
        password_hash: passwordHash,
        must_change_password: true,
        onboarded_at: ctx.now,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!user) return refuse('CONFLICT', `用户名 ${username} 已被使用`)
    await grantRole(ctx, { userId: user.id, role: 'admin' }, null)
    await audit(ctx, {
      actorId: null,
      action: 'admin.bootstrap',
      subject: { type: 'user', id: user.id },
      after: { username, displayName, forced: Boolean(o.force && admins.length) },
      note: '由命令 npm run admin -- create 创建',
    })
    return { userId: user.id, username, oneTimePassword }
  })
}
