import { handler } from '../../server/core/define-function'
import { isCommunityStaff } from '../../server/people/staff'
import { presentRound, roundColumns, roundTotals } from './domain/power'

/** 绿电享 rounds of a community (the caller's by default) and the community's total saving. */
export const rounds = handler('sharing', 'rounds', {
  access: 'public',
  async run({ db, user }, { communityId }) {
    const community = communityId ?? user?.community_id ?? null
    let q = db
      .selectFrom('sharing_power_rounds as r')
      .select(roundColumns)
      .orderBy('r.join_opens', 'desc')
      .orderBy('r.id', 'desc')
    if (community) q = q.where('r.community_id', '=', community)
    const rows = await q.limit(50).execute()
    const totals = await roundTotals(
      db,
      rows.map((r) => r.id),
    )
    const items = rows.map((r) => presentRound(r, totals.get(r.id)!))
    const enterprises = rows.length
      ? await db
          .selectFrom('sharing_power_members')
          .select((eb) => eb.fn.count<number>('enterprise_id').distinct().as('n'))
          .where(
            'round_id',
            'in',
            rows.map((r) => r.id),
          )
          .executeTakeFirstOrThrow()
      : { n: 0 }
    return {
      items,
      totalSavingFen: items.reduce((s, r) => s + r.savingFen, 0),
      totalKwh: items.reduce((s, r) => s + r.recordedKwh, 0),
      enterprises: Number(enterprises.n),
      communityId: community,
      canCreate: community !== null && isCommunityStaff(user, community),
    }
  },
})
