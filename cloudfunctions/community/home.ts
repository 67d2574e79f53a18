import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'

/** The home card's 接下来: this many things, soonest first (overdue deadlines first of all). */
const NEXT_SHOWN = 3

export const home = handler('community', 'home', {
  access: 'public',
  async run(ctx, { communityId }) {
    const { db, user } = ctx
    const communities = await db.selectFrom('communities').selectAll().orderBy('id').execute()
    if (communities.length === 0) return refuse('NOT_FOUND', '还没有社区信息')
    const wanted = communityId ?? user?.community_id ?? communities[0].id
    const community = communities.find((c) => c.id === wanted)
    if (!community) return refuse('NOT_FOUND', '没有这个社区')
    // Every feature says what comes next for this person (its manifest's `next`): one call for the card.
    const next = []
    if (user) {
      const who = {
        userId: user.id,
        departmentIds: user.grants.flatMap((g) => (g.departmentId ? [g.departmentId] : [])),
      }
      for (const f of ctx.runtime.features) if (f.next) next.push(...(await f.next(ctx, who)))
      next.sort((a, b) => Number(Boolean(b.overdue)) - Number(Boolean(a.overdue)) || a.at.localeCompare(b.at))
    }
    return {
      community,
      communities: communities.map((c) => ({ id: c.id, name: c.name, district: c.district })),
      next: next.slice(0, NEXT_SHOWN).map((n) => ({ ...n, overdue: Boolean(n.overdue) })),
    }
  },
})
