import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { enterprisesOf } from '../../server/people/roles'
import { dayWords, shanghaiDate } from '../../server/time/shanghai'
import { challengeRow } from './domain/access'
import { presentMyTake } from './domain/takes'
import { liaisonsOf, managePage } from './domain/tell'

/**
 * 揭榜: a proposal with a timeline and a price, alone or for a formed team the caller belongs to.
 * Refused: the caller's own enterprise's challenge, after the deadline, without the terms accepted,
 * twice (a unique index, so two quick taps are one take).
 */
export const take = handler('talent', 'take', {
  access: ['expert'],
  async run(ctx, { challengeId, teamId, proposal, timeline, priceYuan }) {
    const { db, user, now } = ctx
    const c = await challengeRow(db, challengeId, true)
    if (enterprisesOf(user).includes(c.enterprise_id)) refuse('FORBIDDEN', '不能揭自己企业发布的榜单')
    if (c.status !== 'open') refuse('CONFLICT', '该榜单已停止揭榜')
    if (c.deadline < shanghaiDate(now)) refuse('CONFLICT', `揭榜已于 ${dayWords(c.deadline, now)} 截止`)
    const terms = await db
      .selectFrom('talent_terms')
      .select('accepted_at')
      .where('challenge_id', '=', c.id)
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (!terms) refuse('FORBIDDEN', '请先阅读并同意保密条款，再揭榜')
    let teamName: string | null = null
    if (teamId !== undefined) {
      const team = await db
        .selectFrom('talent_teams as t')
        .innerJoin('talent_team_members as m', 'm.team_id', 't.id')
        .select(['t.name', 't.formed_at'])
        .where('t.id', '=', teamId)
        .where('m.user_id', '=', user.id)
        .where('m.status', '=', 'accepted')
        .executeTakeFirst()
      if (!team) return refuse('FORBIDDEN', '只能以你已加入的团队揭榜')
      if (!team.formed_at) refuse('CONFLICT', '团队还未组建完成：至少需要一名成员接受邀请')
      teamName = team.name
    }
    const row = await db
      .insertInto('talent_takes')
      .values({
        challenge_id: c.id,
        user_id: user.id,
        team_id: teamId ?? null,
        proposal,
        timeline,
        price_yuan: priceYuan,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst()
    if (!row) return refuse('CONFLICT', teamId !== undefined ? '你或你的团队已揭过这张榜' : '你已揭过这张榜')
    for (const userId of await liaisonsOf(ctx, c.enterprise_id)) {
      await notify(ctx, {
        userId,
        kind: 'talent_take_received',
        data: { challenge: c.title, taker: teamName ? `${user.display_name}（${teamName}）` : user.display_name },
        page: managePage(c.id),
        event: `talent_take_received:${row.id}`,
      })
    }
    return presentMyTake(db, row)
  },
})
