import type { TxCtx } from '../../../server/core/tx'
import { notify } from '../../../server/notify/queue'
import { holdersOf } from '../../../server/people/grants'

export const takesPage = '/subpackages/talent/mine'
export const managePage = (challengeId: number) => `/subpackages/talent/manage?id=${challengeId}`

/** Tell a take's taker (and, for a team, its members) how it moved; by the challenge's title only. */
export async function tellTake(
  ctx: TxCtx,
  c: { id: number; title: string },
  take: { id: number; user_id: number; team_id: number | null },
  what: { state: string; note: string },
) {
  const people = new Set([take.user_id])
  if (take.team_id) {
    const members = await ctx.db
      .selectFrom('talent_team_members')
      .select('user_id')
      .where('team_id', '=', take.team_id)
      .where('status', '=', 'accepted')
      .execute()
    for (const m of members) people.add(m.user_id)
  }
  for (const userId of people) {
    await notify(ctx, {
      userId,
      kind: 'talent_take_update',
      data: { challenge: c.title, state: what.state, note: what.note },
      page: `/subpackages/talent/challenge?id=${c.id}`,
      event: `talent_take_update:${take.id}:${what.state}`,
    })
  }
}

/** Tell every live take of a challenge. */
export async function tellTakers(ctx: TxCtx, c: { id: number; title: string }, what: { state: string; note: string }) {
  const takes = await ctx.db
    .selectFrom('talent_takes')
    .select(['id', 'user_id', 'team_id'])
    .where('challenge_id', '=', c.id)
    .where('status', '<>', 'withdrawn')
    .execute()
  for (const t of takes) await tellTake(ctx, c, t, what)
}

/** The liaisons of an enterprise (who hear about takes, milestones, introductions). */
export const liaisonsOf = (ctx: TxCtx, enterpriseId: number) => holdersOf(ctx.db, 'enterprise', enterpriseId)
