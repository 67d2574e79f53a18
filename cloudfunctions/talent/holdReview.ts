import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { reserve } from '../../server/reservations/reserve'
import { bigrams } from '../../server/text/bigrams'
import { formatShanghai } from '../../server/time/shanghai'
import { activityById, createActivity, holdKey, scheduleReminders } from '../activities/public'
import { challengeOwner } from './domain/access'

/**
 * 技术论证会: an activity (category 技术论证会) with every shortlisted taker — and their team's
 * members — registered and told. Registration is closed to everyone else. Its public text names
 * the challenge by title only.
 */
export const holdReview = handler('talent', 'holdReview', {
  access: challengeOwner('challengeId'),
  async run(ctx, { startsAt, endsAt, address }) {
    const { db, user, now, target: c } = ctx
    if (c.status !== 'open') refuse('CONFLICT', '榜单已评定或已关闭，不能再安排论证会')
    if (c.review_activity_id) refuse('CONFLICT', '这张榜单已安排技术论证会')
    const starts = new Date(startsAt)
    const ends = new Date(endsAt)
    if (starts <= now) refuse('BAD_REQUEST', '论证会时间应在现在之后')
    if (ends <= starts) refuse('BAD_REQUEST', '结束时间应晚于开始时间')
    const takes = await db
      .selectFrom('talent_takes')
      .select(['id', 'user_id', 'team_id'])
      .where('challenge_id', '=', c.id)
      .where('status', '=', 'shortlisted')
      .execute()
    if (!takes.length) refuse('CONFLICT', '请先把揭榜方加入入围名单，再安排技术论证会')
    const people = new Set<number>()
    for (const t of takes) {
      people.add(t.user_id)
      if (!t.team_id) continue
      const members = await db
        .selectFrom('talent_team_members')
        .select('user_id')
        .where('team_id', '=', t.team_id)
        .where('status', '=', 'accepted')
        .execute()
      for (const m of members) people.add(m.user_id)
    }
    const enterprise = await db
      .selectFrom('enterprises')
      .select('name')
      .where('id', '=', c.enterprise_id)
      .executeTakeFirstOrThrow()
    const title = `技术论证会：${c.title}`.slice(0, 40)
    const activityId = await createActivity(
      ctx,
      {
        community_id: c.community_id,
        organizer_id: user.id,
        title,
        bigrams: bigrams(title),
        category: 'tech',
        description: `「${c.title}」入围揭榜方参加的技术论证会，发榜企业：${enterprise.name}。仅限受邀人员。`,
        starts_at: starts,
        ends_at: ends,
        address,
        audience: 'enterprises',
        registration_opens_at: now,
        registration_closes_at: now,
        questions: '[]',
      },
      people.size,
    )
    const activity = await activityById(db, activityId)
    for (const userId of people) {
      const r = await reserve(ctx, {
        slotId: activity.slot_id,
        userId,
        holdKey: holdKey(activityId),
        seats: 1,
        waitlist: false,
      })
      if (r.status !== 'confirmed') continue
      await notify(ctx, {
        userId,
        kind: 'talent_review_invite',
        data: { challenge: c.title, time: formatShanghai(starts), place: address },
        page: `/subpackages/activities/detail?id=${activityId}`,
        event: `talent_review_invite:${activityId}`,
      })
      await scheduleReminders(ctx, activity, { id: r.id, userId })
    }
    await db
      .updateTable('talent_challenges')
      .set({ review_activity_id: activityId, updated_at: now })
      .where('id', '=', c.id)
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'talent.review.hold',
      subject: { type: 'talent_challenge', id: c.id },
      communityId: c.community_id,
      after: { activityId, invited: people.size },
    })
    return { activityId, invited: people.size }
  },
})
