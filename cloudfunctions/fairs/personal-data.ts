import type { PersonalData } from '../../server/core/feature'
import { cancelReservation } from '../../server/reservations/cancel'
import { LIVE } from '../../server/reservations/status'
import { ENTRY_KIND } from './domain/schedule'

/** Fair registrations (entry codes), 投递 at booths, booths booked for an enterprise, fairs made. */
export const fairsPersonalData: PersonalData = {
  tables: ['fair_applications', 'fair_booths', 'fair_series'],
  goes: ['尚未开始的招聘会报名（取消，名额让给其他求职者）', '招聘会投递与你的关联'],
  stays: [
    '招聘会的报名、签到、投递、达成意向和录用人数（统计不变，不再关联到你）',
    '你为企业预订的展位（属于企业，预订人不再显示）',
  ],
  async export({ db }, userId) {
    const registrations = await db
      .selectFrom('reservations as r')
      .innerJoin('fairs as f', 'f.entry_slot_id', 'r.slot_id')
      .select(['f.title', 'f.date', 'f.place', 'r.code', 'r.status', 'r.created_at', 'r.redeemed_at'])
      .where('r.user_id', '=', userId)
      .orderBy('r.id')
      .execute()
    const applications = await db
      .selectFrom('fair_applications as a')
      .innerJoin('fairs as f', 'f.id', 'a.fair_id')
      .innerJoin('fair_booths as b', 'b.id', 'a.booth_id')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .select(['f.title', 'f.date', 'e.name as enterprise', 'a.applied_at', 'a.intent_at', 'a.hired_at'])
      .where('a.seeker_id', '=', userId)
      .orderBy('a.id')
      .execute()
    const booths = await db
      .selectFrom('fair_booths as b')
      .innerJoin('fairs as f', 'f.id', 'b.fair_id')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .select(['f.title', 'f.date', 'e.name as enterprise', 'b.created_at', 'b.cancelled_at'])
      .where('b.booked_by', '=', userId)
      .orderBy('b.id')
      .execute()
    const series = await db
      .selectFrom('fair_series')
      .select(['title', 'place', 'first_date', 'repeat', 'created_at'])
      .where('created_by', '=', userId)
      .orderBy('id')
      .execute()
    return {
      fairRegistrations: registrations.map((r) => ({
        fair: r.title,
        date: r.date,
        place: r.place,
        code: r.code,
        status: r.status,
        registeredAt: r.created_at,
        checkedInAt: r.redeemed_at,
      })),
      fairApplications: applications.map((a) => ({
        fair: a.title,
        date: a.date,
        enterprise: a.enterprise,
        appliedAt: a.applied_at,
        intentAt: a.intent_at,
        hiredAt: a.hired_at,
      })),
      fairBoothsBooked: booths,
      fairSeriesMade: series,
    }
  },
  async erase(ctx, userId) {
    const { db, now } = ctx
    // Coming registrations free their places for others (the core's cancel: one seat back).
    const coming = await db
      .selectFrom('reservations as r')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      .select('r.id')
      .where('s.kind', '=', ENTRY_KIND)
      .where('r.user_id', '=', userId)
      .where('r.status', 'in', [...LIVE])
      .where('s.starts_at', '>', now)
      .execute()
    for (const r of coming) {
      await cancelReservation(ctx, { reservationId: Number(r.id), by: { userId }, reason: '账号已注销' })
    }
    // Applications stay for the counts, naming nobody.
    await db.updateTable('fair_applications').set({ seeker_id: null }).where('seeker_id', '=', userId).execute()
    await db.updateTable('fair_applications').set({ intent_by: null }).where('intent_by', '=', userId).execute()
    await db.updateTable('fair_applications').set({ hired_by: null }).where('hired_by', '=', userId).execute()
    await db.updateTable('fair_booths').set({ booked_by: null }).where('booked_by', '=', userId).execute()
    await db.updateTable('fair_series').set({ created_by: null }).where('created_by', '=', userId).execute()
  },
}
