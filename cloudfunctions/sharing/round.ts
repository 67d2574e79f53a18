import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { isCommunityStaff } from '../../server/people/staff'
import { shanghaiDate } from '../../server/time/shanghai'
import { presentRound, roundColumns, roundTotals, savingFen } from './domain/power'

/**
 * One 绿电享 round: its terms and totals; for each of the caller's enterprises whether it joined,
 * its months and saving, and what it may do (`can`); for the community's staff every member.
 */
export const round = handler('sharing', 'round', {
  access: 'public',
  async run({ db, user, now }, { roundId }) {
    const r = await db
      .selectFrom('sharing_power_rounds as r')
      .innerJoin('communities as c', 'c.id', 'r.community_id')
      .select(roundColumns)
      .select('c.name as community')
      .where('r.id', '=', roundId)
      .executeTakeFirst()
    if (!r) return refuse('NOT_FOUND', '团购轮次不存在')
    const totals = (await roundTotals(db, [r.id])).get(r.id)!
    const today = shanghaiDate(now)
    const windowOpen = today >= r.join_opens && today <= r.join_closes

    const mineIds = user ? enterprisesOf(user) : []
    const ents = mineIds.length
      ? await db
          .selectFrom('enterprises')
          .select(['id', 'name'])
          .where('id', 'in', mineIds)
          .where('community_id', '=', r.community_id)
          .orderBy('id')
          .execute()
      : []
    // Every member's figures are the staff's; anyone else needs only their own enterprises' rows.
    const staff = isCommunityStaff(user, r.community_id)
    let members = db
      .selectFrom('sharing_power_members as m')
      .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
      .leftJoin('sharing_power_readings as k', (j) =>
        j.onRef('k.round_id', '=', 'm.round_id').onRef('k.enterprise_id', '=', 'm.enterprise_id'),
      )
      .select([
        'm.enterprise_id',
        'e.name',
        'm.monthly_kwh',
        sql<number>`count(k.month)::int`.as('months'),
        sql<string>`coalesce(sum(k.kwh), 0)`.as('kwh'),
      ])
      .where('m.round_id', '=', r.id)
      .groupBy(['m.enterprise_id', 'e.name', 'm.monthly_kwh'])
      .orderBy('e.name')
    if (!staff) members = members.where('m.enterprise_id', 'in', ents.length ? ents.map((e) => e.id) : [-1])
    const memberRows = await members.execute()
    const readings = ents.length
      ? await db
          .selectFrom('sharing_power_readings')
          .select(['enterprise_id', 'month', 'kwh'])
          .where('round_id', '=', r.id)
          .where(
            'enterprise_id',
            'in',
            ents.map((e) => e.id),
          )
          .orderBy('month', 'desc')
          .execute()
      : []
    return {
      round: presentRound(r, totals),
      community: r.community,
      canExport: staff,
      members: staff
        ? memberRows.map((m) => ({
            enterprise: m.name,
            monthlyKwh: m.monthly_kwh,
            months: m.months,
            kwh: Number(m.kwh),
            savingFen: savingFen(r, Number(m.kwh)),
          }))
        : [],
      mine: ents.map((e) => {
        const m = memberRows.find((x) => x.enterprise_id === e.id)
        const months = readings
          .filter((k) => k.enterprise_id === e.id)
          .map((k) => ({ month: k.month, kwh: Number(k.kwh), savingFen: savingFen(r, Number(k.kwh)) }))
        const kwh = months.reduce((s, k) => s + k.kwh, 0)
        const can: ('join' | 'record')[] = []
        if (!m && windowOpen) can.push('join')
        if (m && r.status === 'started') can.push('record')
        return {
          enterpriseId: e.id,
          enterprise: e.name,
          joined: Boolean(m),
          monthlyKwh: m?.monthly_kwh ?? null,
          months,
          kwh,
          savingFen: savingFen(r, kwh),
          can,
        }
      }),
    }
  },
})
