import ExcelJS from 'exceljs'
import type { ZodTypeAny } from 'zod'
import { z } from 'zod'
import { main as activities } from '../../cloudfunctions/activities/index'
import { main as talent } from '../../cloudfunctions/talent/index'
import { main as user } from '../../cloudfunctions/user/index'
import { talentContract } from '../../contract/talent'
import { dispatchDue } from '../../server/notify/dispatch'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'
import { challengeInput, expertProfile, personWith } from '../helpers/talent'

const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')
// The confidential details, each with a marker no public text contains.
const DETAILS = {
  problem: '机密问题：内圈裂纹批次 K7-2291 的金相照片见附件',
  goals: '机密目标：寿命提升到 9137 小时',
  criteria: '机密验收：客户台架 TB-88 连续运行',
}
const MARKERS = ['K7-2291', '9137', 'TB-88', '机密']
const leaks = (value: unknown) => MARKERS.filter((m) => JSON.stringify(value).includes(m))

/** Every object shape inside a zod schema (through arrays, nullables, defaults, refinements, unions). */
function shapes(s: ZodTypeAny): Record<string, ZodTypeAny>[] {
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, ZodTypeAny>
    return [shape, ...Object.values(shape).flatMap(shapes)]
  }
  if (s instanceof z.ZodArray) return shapes(s.element)
  if (s instanceof z.ZodNullable || s instanceof z.ZodOptional) return shapes(s.unwrap())
  if (s instanceof z.ZodDefault) return shapes(s._def.innerType)
  if (s instanceof z.ZodEffects) return shapes(s.innerType())
  if (s instanceof z.ZodUnion) return (s.options as ZodTypeAny[]).flatMap(shapes)
  return []
}

describe('talent contract: confidential fields exist only where the terms are checked', () => {
  test('no output but details, acceptTerms and manage (the posting enterprise) has a place for them', () => {
    const carriers = Object.entries(talentContract)
      .filter(([, a]) => shapes(a.output).some((shape) => ['problem', 'goals', 'criteria'].some((k) => k in shape)))
      .map(([name]) => name)
      .sort()
    expect(carriers).toEqual(['acceptTerms', 'details', 'manage'])
  })
})

describeEachDatabase('talent: confidential details never reach those who have not accepted the terms', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let id: number
  let liaison: string
  let outsider: { id: number; token: string }
  let insider: { id: number; token: string }
  let others: Record<string, string | undefined>

  beforeAll(async () => {
    ctx.setNow(NOW)
    liaison = await demoToken(user, 'enterprise')
    const enterprise = await ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', '宁波灵峰精密机械有限公司（示例）')
      .executeTakeFirstOrThrow()
    const other = await ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', '宁波港城模具科技有限公司（示例）')
      .executeTakeFirstOrThrow()
    id = (
      await invokeOk(
        talent,
        'postChallenge',
        { enterpriseId: enterprise.id, ...challengeInput('2026-12-20', { title: '轴承内圈裂纹分析', ...DETAILS }) },
        liaison,
      )
    ).id
    ;[outsider, insider] = await signedInUsers(ctx.db, 2, 'expert')
    for (const p of [outsider, insider]) await invokeOk(talent, 'saveProfile', expertProfile(), p.token)
    // The insider accepts the terms, takes it, is shortlisted, invited to the review, awarded.
    expect(leaks(await invokeOk(talent, 'acceptTerms', { challengeId: id }, insider.token))).toEqual(MARKERS)
    const take = await invokeOk(
      talent,
      'take',
      { challengeId: id, proposal: '按详情所述先做金相复核。', timeline: '6 周', priceYuan: 90000 },
      insider.token,
    )
    await invokeOk(talent, 'shortlist', { takeId: take.id }, liaison)
    await invokeOk(
      talent,
      'holdReview',
      {
        challengeId: id,
        startsAt: sh('2026-11-28T09:00:00').toISOString(),
        endsAt: sh('2026-11-28T11:00:00').toISOString(),
        address: '灵峰社区党群服务中心',
      },
      liaison,
    )
    // The broker introduces the outsider (who never accepted the terms).
    const broker = await demoToken(user, 'broker')
    await invokeOk(talent, 'introduce', { challengeId: id, expertId: outsider.id, note: '请联系企业。' }, broker)
    const stranger = await personWith(ctx.db, '别家联络员', [{ role: 'enterprise', enterpriseId: other.id }])
    others = {
      anonymous: undefined,
      outsider: outsider.token,
      broker,
      admin: await demoToken(user, 'admin'),
      socialWorker: await demoToken(user, 'social_worker'),
      otherEnterprise: stranger.token,
      professorZhou: await demoToken(user, 'expert'),
    }
  })
  afterAll(() => ctx.setNow(null))

  test('the enterprise and the expert who accepted read them (the markers are real)', async () => {
    expect(leaks(await invokeOk(talent, 'details', { challengeId: id }, insider.token))).toEqual(MARKERS)
    expect(leaks((await invokeOk(talent, 'manage', { id }, liaison)).details)).toEqual(MARKERS)
  })

  test('details without the terms: refused, for everyone else', async () => {
    for (const [who, token] of Object.entries(others)) {
      const r = await invoke(talent, 'details', { challengeId: id }, token)
      expect({ who, ok: r.ok, leaks: leaks(r) }).toEqual({ who, ok: false, leaks: [] })
    }
  })

  test('every list, page, search, recommendation and refusal others can reach', async () => {
    const calls: [string, Record<string, unknown>][] = [
      ['board', {}],
      ['board', { q: '内圈裂纹' }],
      ['board', { chain: 'bearing', sort: 'award' }],
      ['challenge', { id }],
      ['needs', {}],
      ['stats', {}],
      ['recommendForMe', {}],
      ['recommendTalents', { challengeId: id }],
      ['brokerBoard', {}],
      ['introductions', {}],
      ['myTakes', {}],
      ['manage', { id }],
      ['searchExperts', { q: '测试' }],
      ['mine', {}],
    ]
    let answered = 0
    for (const [who, token] of Object.entries(others)) {
      for (const [action, input] of calls) {
        const r = await invoke(talent, action, input, token)
        if (r.ok) answered++
        expect({ who, action, leaks: leaks(r) }).toEqual({ who, action, leaks: [] })
      }
    }
    // Most of those calls answered with data (the checks above looked at real outputs).
    expect(answered).toBeGreaterThan(40)
    // The board lists it, and the search finds it by its public words only.
    expect((await invokeOk(talent, 'board', { q: '内圈裂纹' })).items.map((c: { id: number }) => c.id)).toContain(id)
    for (const q of ['K7-2291', '金相照片', '客户台架', '寿命提升到']) {
      expect({ q, ids: (await invokeOk(talent, 'board', { q })).items.map((c: { id: number }) => c.id) }).toEqual({
        q,
        ids: [],
      })
    }
  })

  test('the 技术论证会 in the public activity list and page', async () => {
    const list = await invokeOk(activities, 'list', { category: 'tech' })
    const review = list.items.find((a: { title: string }) => a.title === '技术论证会：轴承内圈裂纹分析')
    expect(review).toBeDefined()
    expect(leaks(list)).toEqual([])
    expect(leaks(await invokeOk(activities, 'detail', { id: review.id }, others.outsider))).toEqual([])
  })

  test('exports: CSV and .xlsx', async () => {
    for (const who of ['broker', 'admin', 'socialWorker']) {
      const csv = await invokeOk(talent, 'exportBoard', { format: 'csv' }, others[who])
      const text = Buffer.from(csv.base64, 'base64').toString('utf8')
      expect(text.startsWith('\ufeff编号,榜单')).toBe(true)
      expect(text).toContain('轴承内圈裂纹分析')
      expect({ who, leaks: leaks(text) }).toEqual({ who, leaks: [] })
      const xlsx = await invokeOk(talent, 'exportBoard', { format: 'xlsx' }, others[who])
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as Parameters<typeof book.xlsx.load>[0])
      const cells: string[] = []
      book.worksheets[0].eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))))
      expect(cells).toContain('轴承内圈裂纹分析')
      expect({ who, leaks: leaks(cells) }).toEqual({ who, leaks: [] })
    }
  })

  test('notifications: queued data, inbox text and WeChat fields', async () => {
    await dispatchDue(ctx.runtime)
    const queued = await ctx.db
      .selectFrom('notifications')
      .select(['kind', 'data'])
      .where('kind', 'like', 'talent_%')
      .execute()
    expect(new Set(queued.map((n) => n.kind))).toEqual(
      new Set(['talent_take_received', 'talent_take_update', 'talent_review_invite', 'talent_introduced']),
    )
    // Every notification of the run (the review meeting's reminders too), as queued, in the inbox
    // and as the WeChat message fields it would send.
    const all = await ctx.db.selectFrom('notifications').select(['kind', 'data']).execute()
    const wechat = all.map((n) => ctx.runtime.notices.get(n.kind)!.wechat(n.data))
    const inbox = await ctx.db.selectFrom('inbox').select(['title', 'body']).execute()
    expect(inbox.length).toBeGreaterThanOrEqual(queued.length)
    expect(leaks([all, wechat, inbox])).toEqual([])
  })
})
