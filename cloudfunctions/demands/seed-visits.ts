import type { Insertable } from 'kysely'
import type { SeedCtx } from '../../server/core/feature'
import type { VisitsTable } from './tables'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { bigrams } from '../../server/text/bigrams'
import { demoUserId } from '../user/seed'
import { fileDemand } from './domain/lifecycle'
import { clockFrom, slaMinutes } from './domain/sla'

// 网格走访 demo content (示例), dated from the seed's clock: over the last quarter each grid's 社工
// visited most of their enterprises, some several times; every fourth enterprise was last visited
// 90+ days ago and every seventh never, so the coverage list has something to put first; a few
// visits are planned for the coming days. One need found on a visit was filed as 代报.

const MET = ['总经理', '人事主管', '生产厂长', '行政经理', '财务负责人']
const SURNAMES = ['陈', '王', '李', '张', '刘', '周', '吴', '郑']
const FINDINGS = [
  '生产经营正常，订单饱满；夜班用工偏紧（示例）',
  '企业计划更新数控设备，咨询设备更新补贴政策（示例）',
  '厂区门口道路照明不足，职工夜班下班不便（示例）',
  '新产线投产，需要模具设计人才（示例）',
  '反映研发费用加计扣除政策不清楚，已现场讲解（示例）',
  '无新增诉求，了解企业职工通勤需求（示例）',
]

export async function seedVisits(ctx: SeedCtx): Promise<Record<string, number>> {
  const { db } = ctx
  if (await db.selectFrom('visits').select('id').limit(1).executeTakeFirst()) return { visits: 0 }
  const today = shanghaiDate(ctx.now)
  const communities = await db
    .selectFrom('communities')
    .select(['id', 'name'])
    .where('code', 'in', ['BL-LINGFENG', 'XC-CHENGTAN'])
    .execute()
  let visits = 0
  for (const c of communities) {
    const anyWorker = await db
      .selectFrom('user_roles')
      .select('user_id')
      .where('role', '=', 'social_worker')
      .where('community_id', '=', c.id)
      .where('revoked_at', 'is', null)
      .orderBy('id')
      .executeTakeFirst()
    const firms = await db
      .selectFrom('enterprises as e')
      .leftJoin('grids as g', 'g.id', 'e.grid_id')
      .select(['e.id', 'e.grid_id', 'g.social_worker_id'])
      .where('e.community_id', '=', c.id)
      .orderBy('e.id')
      .execute()
    const rows = firms.flatMap((f, i) => {
      const worker = f.social_worker_id ?? anyWorker?.user_id ?? null
      if (worker === null || i % 7 === 6) return [] // never visited
      const met = (k: number) => `${SURNAMES[(i + k) % SURNAMES.length]}先生（${MET[(i + k) % MET.length]}，示例）`
      const done = (daysAgo: number, k: number): Insertable<VisitsTable> => ({
        community_id: c.id,
        grid_id: f.grid_id,
        enterprise_id: f.id,
        worker_id: worker,
        status: 'done',
        planned_on: null,
        visited_on: addDays(today, -daysAgo),
        met: met(k),
        findings: FINDINGS[(i + k) % FINDINGS.length],
        created_at: new Date(ctx.now.getTime() - daysAgo * 86_400_000),
        recorded_at: new Date(ctx.now.getTime() - daysAgo * 86_400_000),
      })
      // Every fourth: last seen 90+ days ago (a visit the quarter before).
      if (i % 4 === 3) return [done(95 + (i % 40), 0)]
      const list = [done(3 + ((i * 11) % 80), 0)]
      if (i % 3 === 0) list.push(done(100 + ((i * 7) % 60), 1))
      if (i % 5 === 1)
        list.push({
          ...done(0, 2),
          status: 'planned',
          planned_on: addDays(today, 1 + (i % 6)),
          visited_on: null,
          met: '',
          findings: '',
          recorded_at: null,
        })
      return list
    })
    for (let k = 0; k < rows.length; k += 500)
      await db
        .insertInto('visits')
        .values(rows.slice(k, k + 500))
        .execute()
    visits += rows.length
  }

  // 代报: the demo 社工's latest visit to the demo liaison's enterprise found a need, filed for it.
  let onBehalf = 0
  const worker = await demoUserId(db, 'social_worker')
  const liaison = await demoUserId(db, 'enterprise')
  const firm = liaison
    ? await db
        .selectFrom('user_roles as r')
        .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
        .innerJoin('communities as c', 'c.id', 'e.community_id')
        .select(['e.id', 'e.community_id', 'e.grid_id', 'c.name as community'])
        .where('r.user_id', '=', liaison)
        .where('r.role', '=', 'enterprise')
        .executeTakeFirst()
    : undefined
  if (worker && firm) {
    const w = await db.selectFrom('users').select('display_name').where('id', '=', worker).executeTakeFirstOrThrow()
    const visit = await db
      .insertInto('visits')
      .values({
        community_id: firm.community_id,
        grid_id: firm.grid_id,
        enterprise_id: firm.id,
        worker_id: worker,
        status: 'done',
        visited_on: addDays(today, -2),
        met: '张建国（总经理，示例）',
        findings: '新接出口订单，夜班普工缺口约 15 人，希望社区对接零工市场（示例）',
        created_at: new Date(ctx.now.getTime() - 2 * 86_400_000),
        recorded_at: new Date(ctx.now.getTime() - 2 * 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    visits++
    const title = '夜班普工缺口 15 人（走访代报，示例）'
    const description = '走访中企业反映：新接出口订单，夜班普工缺口约 15 人，希望社区对接零工市场专场招聘。'
    const { dueAt, remindAt } = clockFrom(ctx.now, slaMinutes('normal', 'hiring'))
    await fileDemand(
      ctx,
      {
        community_id: firm.community_id,
        grid_id: firm.grid_id,
        enterprise_id: firm.id,
        filed_by: worker,
        category: 'hiring',
        urgency: 'normal',
        title,
        description,
        contact_name: '张建国',
        contact_phone: '13812345604',
        filed_at: ctx.now,
        due_at: dueAt,
        remind_at: remindAt,
        terms: bigrams(`${title} ${description}`),
        channel: 'visit',
        visit_id: visit.id,
      },
      { id: worker, label: `${firm.community} 社工 ${w.display_name}（代报·走访）` },
      [],
      { kind: 'filed_on_behalf', note: '走访代报，请企业联络员确认或更正' },
    )
    onBehalf = 1
  }
  return { visits, onBehalfDemands: onBehalf }
}
