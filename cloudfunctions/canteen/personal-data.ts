import type { PersonalData } from '../../server/core/feature'
import { RIDER_PLATFORMS } from '../../contract/notify-categories'
import type { BookingDetails } from './domain/present'

/** Canteen bookings, rider verifications and counter duty. */
export const canteenPersonalData: PersonalData = {
  tables: ['rider_verifications', 'canteen_staff', 'canteen_rider_codes', 'canteen_rider_meals'],
  goes: ['骑手认证：骑手编号、照片和认证状态（待审的申请撤回）', '餐厅柜台工作人员身份', '骑手码'],
  stays: ['订餐预约（座位数与统计不变，不再关联到你）', '按骑手价的现场用餐记录（餐厅统计不变，不再关联到你）'],
  async export({ db }, userId) {
    const bookings = await db
      .selectFrom('reservations as r')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      .select(['r.code', 'r.status', 'r.details', 'r.price_cents', 'r.created_at', 'r.cancel_reason', 'r.redeemed_at'])
      .where('s.kind', '=', 'canteen')
      .where('r.user_id', '=', userId)
      .orderBy('r.id')
      .execute()
    const verifications = await db
      .selectFrom('rider_verifications')
      .select(['platform', 'rider_no', 'status', 'reason', 'created_at', 'reviewed_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()
    const counters = await db
      .selectFrom('canteen_staff as st')
      .innerJoin('canteens as c', 'c.id', 'st.canteen_id')
      .select('c.name')
      .where('st.user_id', '=', userId)
      .execute()
    const riderMeals = await db
      .selectFrom('canteen_rider_meals as m')
      .innerJoin('canteens as c', 'c.id', 'm.canteen_id')
      .select(['c.name as canteen', 'm.starts_at', 'm.discount'])
      .where('m.user_id', '=', userId)
      .orderBy('m.id')
      .execute()
    return {
      canteenBookings: bookings.map((b) => {
        const d = b.details as BookingDetails
        return {
          canteen: d.canteenName,
          date: d.date,
          time: `${d.windowName} ${d.start}–${d.end}`,
          dishes: d.lines,
          riderPrice: d.riderPrice,
          priceYuan: (b.price_cents / 100).toFixed(2),
          code: b.code,
          status: b.status,
          bookedAt: b.created_at,
          cancelReason: b.cancel_reason,
          redeemedAt: b.redeemed_at,
        }
      }),
      riderVerifications: verifications.map((v) => ({
        platform: RIDER_PLATFORMS[v.platform as keyof typeof RIDER_PLATFORMS] ?? v.platform,
        riderNo: v.rider_no,
        status: v.status,
        reason: v.reason,
        submittedAt: v.created_at,
        reviewedAt: v.reviewed_at,
      })),
      canteenCounters: counters.map((c) => c.name),
      riderWalkInMeals: riderMeals,
    }
  },
  async erase({ db }, userId) {
    // Nobody is left to verify: a waiting request is closed, not left in a social worker's queue.
    await db
      .updateTable('rider_verifications')
      .set({ status: 'rejected', reason: '申请人已注销账号' })
      .where('user_id', '=', userId)
      .where('status', '=', 'pending')
      .execute()
    // The verification stays as a count of reviews done; the number and photo identify the person.
    await db
      .updateTable('rider_verifications')
      .set({ rider_no: '', photo: null })
      .where('user_id', '=', userId)
      .execute()
    await db.deleteFrom('canteen_staff').where('user_id', '=', userId).execute()
    await db.deleteFrom('canteen_rider_codes').where('user_id', '=', userId).execute()
    // Rider meals stay in the canteen's counts, no longer theirs (nor the recording staff's).
    await db.updateTable('canteen_rider_meals').set({ user_id: null }).where('user_id', '=', userId).execute()
    await db.updateTable('canteen_rider_meals').set({ recorded_by: null }).where('recorded_by', '=', userId).execute()
  },
}
