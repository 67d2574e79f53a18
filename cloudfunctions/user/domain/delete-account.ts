import { refuse } from '../../../server/core/app-error'
import { audit } from '../../../server/core/audit'
import { raise } from '../../../server/core/events'
import type { TxCtx } from '../../../server/core/tx'
import { revokeGrant } from '../../../server/people/grants'
import type { Caller } from '../../../server/people/roles'

export const LAST_ADMIN = '你是最后一位管理员，不能注销账号；请先为他人授予管理员'

/**
 * Why this account cannot be deleted now, or null. Deleting locks the live admin grants, as
 * revoking does, so two last admins cannot both leave; the preview only reads.
 */
export async function deletionBlocker({ db }: TxCtx, user: Caller, lock = true): Promise<string | null> {
  if (!user.roles.includes('admin')) return null
  let admins = db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('r.user_id')
    .where('r.role', '=', 'admin')
    .where('r.revoked_at', 'is', null)
    .where('u.disabled', '=', false)
    .where('u.deleted_at', 'is', null)
  if (lock) admins = admins.forUpdate('r')
  return (await admins.execute()).some((a) => a.user_id !== user.id) ? null : LAST_ADMIN
}

/**
 * Delete the account (PIPL), in one transaction: every grant revoked (audited, the last-admin
 * rule holds), then each feature erases or anonymises its part (cloudfunctions/features.ts order;
 * the account row itself becomes 已注销用户 with its identifiers gone). `accountDeleted` is raised
 * before the erasing: upcoming activity registrations are cancelled and their seats go to the
 * waitlist; past bookings and registrations stay as rows of nobody, so statistics do not change.
 */
export async function deleteAccount(ctx: TxCtx, user: Caller): Promise<void> {
  const { db } = ctx
  await db.selectFrom('users').select('id').where('id', '=', user.id).forUpdate().executeTakeFirstOrThrow()
  const blocker = await deletionBlocker(ctx, user)
  if (blocker) refuse('CONFLICT', blocker)
  const grants = await db
    .selectFrom('user_roles')
    .select('id')
    .where('user_id', '=', user.id)
    .where('revoked_at', 'is', null)
    .orderBy('id')
    .execute()
  for (const g of grants) await revokeGrant(ctx, g.id, user.id, { accountDeleted: true })
  // Features act first (upcoming registrations cancelled, the waitlist promoted), then erase.
  await raise(ctx, 'accountDeleted', { userId: user.id })
  for (const feature of ctx.runtime.features) await feature.personalData?.erase(ctx, user.id)
  await db.updateTable('users').set({ deleted_at: ctx.now }).where('id', '=', user.id).execute()
  await audit(ctx, {
    actorId: user.id,
    action: 'user.delete',
    subject: { type: 'user', id: user.id },
    before: { roles: [...user.roles] },
    after: { deleted: true },
  })
}
