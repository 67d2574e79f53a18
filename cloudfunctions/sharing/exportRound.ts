import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { isCommunityStaff } from '../../server/people/staff'
import { roundColumns, savingFen } from './domain/power'
import { exportAnswer } from './domain/sheets'

/** The community's staff: a round's members, months and savings as .xlsx/CSV. */
export const exportRound = handler('sharing', 'exportRound', {
  access: ['social_worker', 'admin'],
  async run({ db, user }, { roundId }) {
    const r = await db
      .selectFrom('sharing_power_rounds as r')
      .select(roundColumns)
      .where('r.id', '=', roundId)
      .executeTakeFirst()
    if (!r) return refuse('NOT_FOUND', '团购轮次不存在')
    if (!isCommunityStaff(user, r.community_id)) refuse('FORBIDDEN', '只有本社区的社工可以导出')
    const rows = await db
      .selectFrom('sharing_power_members as m')
      .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
      .leftJoin('sharing_power_readings as k', (j) =>
        j.onRef('k.round_id', '=', 'm.round_id').onRef('k.enterprise_id', '=', 'm.enterprise_id'),
      )
      .select([
        'e.name',
        'e.credit_code',
        'm.monthly_kwh',
        sql<number>`count(k.month)::int`.as('months'),
        sql<string>`coalesce(sum(k.kwh), 0)`.as('kwh'),
      ])
      .where('m.round_id', '=', r.id)
      .groupBy(['e.name', 'e.credit_code', 'm.monthly_kwh'])
      .orderBy('e.name')
      .execute()
    return { r, rows }
  },
  async finish({ r, rows }, _ctx, { format }) {
    const yuan = (fen: number) => Math.round(fen) / 100
    return exportAnswer(
      format,
      `绿电享-${r.id}`,
      '绿电享节约电费',
      ['企业', '统一社会信用代码', '申报月用电量（千瓦时）', '已填报月数', '累计用电量（千瓦时）', '节约电费（元）'],
      rows.map((m) => [
        m.name,
        m.credit_code,
        m.monthly_kwh,
        m.months,
        Number(m.kwh),
        yuan(savingFen(r, Number(m.kwh))),
      ]),
    )
  },
})
