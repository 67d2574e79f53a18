import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { maskName, maskPhone } from '../../server/people/mask'
import { csvText, xlsxBuffer, type Sheet } from '../../server/sheets'
import { fairStaff } from './domain/access'
import { statsOf, when } from './domain/present'
import { boothResults } from './domain/results'

/**
 * A fair's results as a spreadsheet: its figures, per booth, and every 投递 (seekers' names and
 * phones masked except of people the enterprise hired). Read in the transaction; the file is
 * built after commit (server/sheets.ts, the one spreadsheet module).
 */
export const exportResults = handler('fairs', 'exportResults', {
  access: fairStaff('fairId'),
  async run(ctx) {
    const { db, user, target: fair } = ctx
    const apps = await db
      .selectFrom('fair_applications as a')
      .innerJoin('fair_booths as b', 'b.id', 'a.booth_id')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .leftJoin('users as u', 'u.id', 'a.seeker_id')
      .select(['e.name', 'u.display_name', 'u.phone', 'a.applied_at', 'a.intent_at', 'a.hired_at'])
      .where('a.fair_id', '=', fair.id)
      .orderBy('a.id')
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'fair.export',
      subject: { type: 'fair', id: fair.id },
      communityId: fair.community_id,
      note: `${apps.length} 条投递`,
    })
    return {
      title: `${fair.title}-${fair.date}`,
      stats: await statsOf(db, [fair.id]),
      booths: await boothResults(db, fair),
      apps: apps.map((a) => {
        const hired = !!a.hired_at
        const name = a.display_name ?? '已注销用户'
        return [
          a.name,
          hired ? name : maskName(name),
          hired ? (a.phone ?? '') : (maskPhone(a.phone) ?? ''),
          when(a.applied_at) ?? '',
          when(a.intent_at) ?? '',
          when(a.hired_at) ?? '',
        ]
      }),
    }
  },
  async finish(r, _ctx, input) {
    const s = r.stats
    const sheets: Sheet[] = [
      {
        name: '汇总',
        header: ['展位数', '已订展位', '求职者名额', '报名', '签到', '投递', '达成意向', '30 天内录用'],
        rows: [[s.booths, s.boothsBooked, s.capacity, s.registered, s.checkedIn, s.applications, s.intents, s.hires]],
      },
      {
        name: '展位',
        header: ['企业', '投递', '达成意向', '30 天内录用'],
        rows: r.booths.map((b) => [b.enterpriseName, b.applications, b.intents, b.hires]),
      },
      {
        name: '投递',
        header: ['企业', '求职者', '手机号', '投递时间', '达成意向', '录用'],
        rows: r.apps,
        freezeHeader: true,
      },
    ]
    const filename = `${r.title}-结果.${input.format}`
    return input.format === 'csv'
      ? { filename, content: csvText(sheets), encoding: 'utf8' as const, rows: r.apps.length }
      : {
          filename,
          content: (await xlsxBuffer(sheets)).toString('base64'),
          encoding: 'base64' as const,
          rows: r.apps.length,
        }
  },
})
