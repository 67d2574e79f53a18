import { ROLE_LABELS } from '../../contract/roles'
import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { grantRole } from '../../server/people/grants'
import { maskPhone } from '../../server/people/mask'
import { setOneTimePassword } from './domain/one-time-password'
import { checkedScope } from './domain/scope'

/**
 * Admin: a staff account (username, name, phone, one role in its scope) with a one-time password
 * shown once in the answer and never again; the holder must change it at first sign-in. The
 * account is made in the call's transaction without a password; the hash (tens of ms of CPU) is
 * made in finish, with no transaction held, and stored by a second short one.
 */
export const createStaff = handler('admin', 'createStaff', {
  access: ['admin'],
  async run(ctx, { username, displayName, phone, role, communityId, departmentId, labId }) {
    const { db, now } = ctx
    const scope = await checkedScope(ctx, role, { communityId, departmentId, labId })
    const created = await db
      .insertInto('users')
      .values({
        role,
        display_name: displayName,
        username,
        phone: phone || null,
        password_hash: null,
        must_change_password: true,
        community_id: scope.communityId,
        onboarded_at: now,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!created) return refuse('CONFLICT', `用户名 ${username} 已被使用，请换一个`)
    await grantRole(
      ctx,
      {
        userId: created.id,
        role,
        communityId: scope.communityId,
        departmentId: scope.departmentId,
        labId: scope.labId,
      },
      ctx.user.id,
    )
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'user.create',
      subject: { type: 'user', id: created.id },
      communityId: scope.communityId,
      after: { username, displayName, phone: maskPhone(phone), role: ROLE_LABELS[role], scope: scope.scopeName },
    })
    return { userId: created.id, username }
  },
  async finish({ userId, username }, { transaction }) {
    return { userId, username, oneTimePassword: await setOneTimePassword(transaction, userId) }
  },
})
