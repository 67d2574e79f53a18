import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { challengeBroker } from './domain/access'
import { introductionsQuery, presentIntroduction } from './domain/introductions'
import { headline } from './domain/profiles'
import { liaisonsOf, managePage } from './domain/tell'

/** 牵线: the broker introduces an expert to the enterprise of a challenge; both are told. */
export const introduce = handler('talent', 'introduce', {
  access: challengeBroker('challengeId'),
  async run(ctx, { expertId, note }) {
    const { db, user, now, target: c } = ctx
    if (c.status !== 'open') refuse('CONFLICT', '该榜单已停止揭榜')
    const expert = await db
      .selectFrom('talent_profiles as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.user_id', 'u.display_name', 'p.institution', 'p.title', 'p.field'])
      .where('p.user_id', '=', expertId)
      .executeTakeFirst()
    if (!expert) return refuse('NOT_FOUND', '只能介绍已建立专家档案的人')
    const liaisons = await liaisonsOf(ctx, c.enterprise_id)
    if (liaisons.includes(expertId)) refuse('BAD_REQUEST', '这位专家是发榜企业的联络员')
    const row = await db
      .insertInto('talent_introductions')
      .values({
        broker_id: user.id,
        community_id: c.community_id,
        challenge_id: c.id,
        expert_id: expertId,
        enterprise_id: c.enterprise_id,
        note,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['challenge_id', 'expert_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!row) return refuse('CONFLICT', '已为这张榜介绍过这位专家')
    const enterprise = await db
      .selectFrom('enterprises')
      .select('name')
      .where('id', '=', c.enterprise_id)
      .executeTakeFirstOrThrow()
    await notify(ctx, {
      userId: expertId,
      kind: 'talent_introduced',
      data: { challenge: c.title, other: enterprise.name, broker: user.display_name, note },
      page: `/subpackages/talent/challenge?id=${c.id}`,
      event: `talent_introduced:${row.id}`,
    })
    const who = `${expert.display_name}（${headline(expert)}）`.slice(0, 200)
    for (const userId of liaisons) {
      await notify(ctx, {
        userId,
        kind: 'talent_introduced',
        data: { challenge: c.title, other: who, broker: user.display_name, note },
        page: managePage(c.id),
        event: `talent_introduced:${row.id}`,
      })
    }
    await audit(ctx, {
      actorId: user.id,
      action: 'talent.introduce',
      subject: { type: 'talent_challenge', id: c.id },
      communityId: c.community_id,
      after: { expertId, introductionId: row.id },
    })
    return presentIntroduction(await introductionsQuery(db).where('i.id', '=', row.id).executeTakeFirstOrThrow())
  },
})
