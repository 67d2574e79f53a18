import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { CANTEEN_KEEPERS, canteenManager } from './domain/access'
import { closeMadeSlots } from './domain/closing'

/**
 * Keepers: retire a canteen. Nothing is deleted: its bookings, menu and history stay; it leaves
 * the riders' list and refuses new bookings, and bookings still to come are cancelled and told.
 */
export const retireCanteen = handler('canteen', 'retireCanteen', {
  access: canteenManager('canteenId', CANTEEN_KEEPERS),
  async run(ctx, { reason }) {
    const { db, user, now, target: canteen } = ctx
    await db
      .updateTable('canteens')
      .set({ active: false, retired_at: now, retired_reason: reason })
      .where('id', '=', canteen.id)
      .execute()
    const cancelled = await closeMadeSlots(ctx, {
      canteen,
      from: new Date(0),
      reason: `餐厅已停止服务（${reason}）`,
      byUserId: user.id,
    })
    await audit(ctx, {
      actorId: user.id,
      action: 'canteen.retire',
      subject: { type: 'canteen', id: canteen.id },
      communityId: canteen.community_id,
      before: { active: true },
      after: { active: false },
      note: reason,
    })
    return { cancelledBookings: cancelled }
  },
})
