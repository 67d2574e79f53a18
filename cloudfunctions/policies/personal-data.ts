import { sql } from 'kysely'
import type { PersonalData } from '../../server/core/feature'
import { dropReminders, notify } from '../../server/notify/queue'
import { maskName } from '../../server/people/mask'
import { cancelReservation } from '../../server/reservations/cancel'
import { closeSlot } from '../../server/reservations/close'
import { LIVE } from '../../server/reservations/status'
import { formatShanghai } from '../../server/time/shanghai'
import { mentorBookings } from './domain/mentors'

/**
 * The profile of facts, favourites and matches; mentor bookings as the person who asked (their
 * questions and ratings) and as the mentor (profile, hours, notes); policies the person edited.
 */
export const policiesPersonalData: PersonalData = {
  tables: ['policy_profiles', 'policy_favourites', 'policy_matches', 'mentors', 'policies', 'policy_versions'],
  goes: [
    '政策条件（学历、户籍、企业情况等）',
    '收藏的政策和政策匹配记录',
    '预约青创导师时写下的问题和你的评价留言',
    '尚未开始的导师预约（取消并通知导师，时段让给他人）',
    '青创导师资料与每周开放时段（如你是导师；已被预约的时段取消并通知对方）',
  ],
  stays: [
    '辅导预约记录与评分（统计不变，不再关联到你）',
    '你写下的辅导记要（对方仍可查看）',
    '你发布或修改的政策及其版本（编辑人显示为已注销用户）',
  ],
  async export(ctx, userId) {
    const { db } = ctx
    const profile = await db
      .selectFrom('policy_profiles')
      .select(['facts', 'updated_at'])
      .where('user_id', '=', userId)
      .executeTakeFirst()
    const favourites = await db
      .selectFrom('policy_favourites as f')
      .innerJoin('policies as p', 'p.id', 'f.policy_id')
      .select(['p.code', 'p.title', 'f.created_at'])
      .where('f.user_id', '=', userId)
      .orderBy('f.created_at')
      .execute()
    const matches = await db
      .selectFrom('policy_matches as m')
      .innerJoin('policies as p', 'p.id', 'm.policy_id')
      .select(['p.code', 'p.title', 'm.version', 'm.matched_at'])
      .where('m.user_id', '=', userId)
      .orderBy('m.matched_at')
      .execute()
    const mentor = await db.selectFrom('mentors').selectAll().where('user_id', '=', userId).executeTakeFirst()
    const asked = await mentorBookings(ctx, { userId })
    const held = mentor ? await mentorBookings(ctx, { mentorId: userId }) : []
    return {
      policyProfile: profile ? { facts: profile.facts, updatedAt: profile.updated_at } : null,
      policyFavourites: favourites,
      policyMatches: matches,
      mentorBookingsAsked: asked.map((b) => ({
        mentor: b.mentorName,
        startsAt: b.startsAt,
        status: b.status,
        topic: b.topic,
        question: b.question,
        mentorNote: b.note,
        rating: b.rating,
        comment: b.comment,
      })),
      mentorProfile: mentor
        ? {
            field: mentor.field,
            background: mentor.background,
            intro: mentor.intro,
            languages: mentor.languages,
            weeklyHours: mentor.weekly_hours,
          }
        : null,
      // Sessions held as a mentor: the other person by family name only.
      mentorSessionsHeld: held.map((b) => ({
        person: maskName(b.personName),
        startsAt: b.startsAt,
        status: b.status,
        topic: b.topic,
        note: b.note,
      })),
    }
  },
  async erase(ctx, userId) {
    const { db } = ctx
    await db.deleteFrom('policy_profiles').where('user_id', '=', userId).execute()
    await db.deleteFrom('policy_favourites').where('user_id', '=', userId).execute()
    await db.deleteFrom('policy_matches').where('user_id', '=', userId).execute()
    // Hours still to come with a mentor: the seat goes back for others and the mentor is told,
    // so nobody waits for a person who has left.
    const coming = await db
      .selectFrom('reservations as r')
      .innerJoin('slots as s', 's.id', 'r.slot_id')
      .select(['r.id', 's.owner_id', 's.starts_at'])
      .where('s.kind', '=', 'mentor')
      .where('r.user_id', '=', userId)
      .where('r.status', 'in', [...LIVE])
      .where('s.starts_at', '>', ctx.now)
      .orderBy('r.id')
      .execute()
    for (const b of coming) {
      const outcome = await cancelReservation(ctx, {
        reservationId: Number(b.id),
        by: { userId },
        reason: '预约人已注销账号',
      })
      if (outcome.status !== 'cancelled') continue
      await dropReminders(ctx, `reservation:${b.id}`)
      await notify(ctx, {
        userId: b.owner_id,
        kind: 'mentor_cancelled',
        data: { person: '预约人', time: formatShanghai(new Date(b.starts_at)), reason: '对方已注销账号' },
        page: '/subpackages/policies/desk',
        event: `mentor_cancelled:${b.id}`,
      })
    }
    // Their questions and comments may name them; the bookings and ratings stay for the counts.
    await sql`update reservations r set details = r.details - 'question'
      from slots s where s.id = r.slot_id and s.kind = 'mentor' and r.user_id = ${userId}`.execute(db)
    await sql`update mentor_feedback f set comment = null
      from reservations r where r.id = f.reservation_id and r.user_id = ${userId}`.execute(db)
    // A mentor leaving: hours still to come are closed and whoever booked them is told.
    const mentor = await db.selectFrom('mentors').select('user_id').where('user_id', '=', userId).executeTakeFirst()
    if (!mentor) return
    const slots = await db
      .selectFrom('slots')
      .select(['id', 'starts_at'])
      .where('kind', '=', 'mentor')
      .where('owner_id', '=', userId)
      .where('starts_at', '>', ctx.now)
      .execute()
    const reason = '导师已注销账号，辅导取消'
    for (const s of slots) {
      const cancelled = await closeSlot(ctx, { slotId: Number(s.id), reason, by: { userId } })
      for (const c of cancelled) {
        await notify(ctx, {
          userId: c.userId,
          kind: 'mentor_decided',
          data: { mentor: '青创导师', time: formatShanghai(new Date(s.starts_at)), approved: false, reason },
          page: '/subpackages/policies/bookings',
          event: `mentor_decided:${c.id}:erased`,
        })
      }
    }
    await db.deleteFrom('mentors').where('user_id', '=', userId).execute()
  },
}
