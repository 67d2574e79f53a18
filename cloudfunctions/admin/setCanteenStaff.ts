import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { canteenKeeper } from './domain/access'
import { staffCandidate } from './domain/place-staff'

/** Add or remove a canteen's counter staff (they redeem codes and run the day). Audited. */
export const setCanteenStaff = handler('admin', 'setCanteenStaff', {
  access: canteenKeeper('canteenId', { roles: ['admin', 'social_worker'] }),
  async run(ctx, { canteenId, userId, staff }) {
    const { db, target: canteen } = ctx
    const person = await staffCandidate(ctx, userId)
    if (staff && person.disabled) refuse('CONFLICT', '该账号已停用，不能设为工作人员')
    const r = staff
      ? await db
          .insertInto('canteen_staff')
          .values({ canteen_id: canteenId, user_id: userId })
          .onConflict((oc) => oc.columns(['canteen_id', 'user_id']).doNothing())
          .executeTakeFirst()
      : await db
          .deleteFrom('canteen_staff')
          .where('canteen_id', '=', canteenId)
          .where('user_id', '=', userId)
          .executeTakeFirst()
    const changed = Number('numInsertedOrUpdatedRows' in r ? r.numInsertedOrUpdatedRows : r.numDeletedRows) > 0
    if (changed) {
      await audit(ctx, {
        actorId: ctx.user.id,
        action: staff ? 'canteen.staff.add' : 'canteen.staff.remove',
        subject: { type: 'user', id: userId },
        communityId: canteen.community_id,
        after: { canteen: canteen.name, staff },
      })
    }
    return { changed }
  },
})
