import { main as demands } from '../../cloudfunctions/demands/index'
import { main as jobs } from '../../cloudfunctions/jobs/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase } from '../helpers/databases'
import { jobsPlace, postingInput } from '../helpers/jobs'
import { personWith } from '../helpers/talent'

const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')

describeEachDatabase('jobs: 零工市场', (ctx) => {
  const { invoke, invokeOk } = ctx
  let enterpriseId: number
  let otherEnterpriseId: number
  let communityId: number
  let liaison: { id: number; token: string }
  let otherLiaison: { id: number; token: string }
  let socialWorker: { id: number; token: string }
  let n = 0
  const worker = async (name = `求职者${++n}`) => personWith(ctx.db, name, [{ role: 'worker' }])
  const count = async (table: 'job_postings' | 'job_applications' | 'job_shifts') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const notes = (kind: string, userId: number) =>
    ctx.db
      .selectFrom('notifications')
      .select('data')
      .where('kind', '=', kind)
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()
  /** Post and approve; returns the posting id. */
  const open = async (extra: Record<string, unknown> = {}) => {
    const { id } = await invokeOk(jobs, 'savePosting', postingInput(enterpriseId, extra), liaison.token)
    await invokeOk(jobs, 'review', { id, approve: true }, socialWorker.token)
    return id as number
  }

  beforeAll(async () => {
    ctx.setNow(NOW)
    ;({ communityId, enterpriseId } = await jobsPlace(ctx.db, 'JOBS-A'))
    ;({ enterpriseId: otherEnterpriseId } = await jobsPlace(ctx.db, 'JOBS-B', 121.6, 29.87))
    liaison = await personWith(ctx.db, '王联络', [{ role: 'enterprise', enterpriseId }, { role: 'worker' }])
    otherLiaison = await personWith(ctx.db, '李联络', [{ role: 'enterprise', enterpriseId: otherEnterpriseId }])
    socialWorker = await personWith(ctx.db, '陈社工', [{ role: 'social_worker', communityId }], communityId)
  })
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('bad postings are refused in Chinese with the reason, and nothing is written', async () => {
    const before = [await count('job_postings'), await count('job_shifts')]
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ payCents: 0 }, /薪资/],
      [{ payCents: 2000, payUnit: 'hour' }, /低于宁波最低工资标准（2025 年宁波一类地区：¥24\/时）/],
      [{ payCents: 15_000, payUnit: 'day' }, /¥192\/天/],
      [{ payCents: 240_000, payUnit: 'month' }, /¥2490\/月/],
      [{ headcount: 0 }, /招聘人数至少 1 人/],
      [{ description: '入职需交押金 300 元' }, /押金/],
      [{ description: '先交培训费，合格后上岗' }, /培训费/],
      [{ title: '包装工（限男性）' }, /性别歧视/],
      [{ description: '本地人优先' }, /地域歧视/],
      [{ description: '限汉族' }, /民族歧视/],
      [
        {
          kind: 'gig',
          payCents: 25_000,
          payUnit: 'day',
          shifts: [{ startsAt: '2026-11-25T17:00:00+08:00', endsAt: '2026-11-25T08:00:00+08:00' }],
        },
        /结束时间早于/,
      ],
      [{ kind: 'gig', payCents: 25_000, payUnit: 'day', shifts: [] }, /至少添加一个班次/],
      [{ startDate: '2026-11-01' }, /不能早于今天/],
    ]
    for (const [extra, message] of cases) {
      const r = await invoke(jobs, 'savePosting', postingInput(enterpriseId, extra), liaison.token)
      expect([extra, r]).toMatchObject([extra, { ok: false }])
      expect((r as { message: string }).message).toMatch(message)
    }
    // Another enterprise's liaison cannot post for this one.
    expect(await invoke(jobs, 'savePosting', postingInput(enterpriseId), otherLiaison.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect([await count('job_postings'), await count('job_shifts')]).toEqual(before)
  })

  test('review before public: the 社工 approves or refuses with a reason; a report sends it back to the queue', async () => {
    const { id, status } = await invokeOk(jobs, 'savePosting', postingInput(enterpriseId), liaison.token)
    expect(status).toBe('review')
    const here = { lng: 121.84, lat: 29.9 }
    expect((await invokeOk(jobs, 'nearby', here)).items.map((p: { id: number }) => p.id)).not.toContain(id)
    expect(await invoke(jobs, 'posting', { id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const queue = await invokeOk(jobs, 'reviewQueue', {}, socialWorker.token)
    expect(queue.items.map((p: { id: number }) => p.id)).toContain(id)
    // A 社工 of another community cannot review it.
    const elsewhere = await jobsPlace(ctx.db, 'JOBS-C')
    const stranger = await personWith(ctx.db, '外社工', [{ role: 'social_worker', communityId: elsewhere.communityId }])
    expect(await invoke(jobs, 'review', { id, approve: true }, stranger.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await invoke(jobs, 'review', { id, approve: false }, socialWorker.token)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    await invokeOk(jobs, 'review', { id, approve: true }, socialWorker.token)
    const found = (await invokeOk(jobs, 'nearby', here)).items.find((p: { id: number }) => p.id === id)
    expect(found).toMatchObject({ pay: '¥6000/月', kindLabel: '全职', distanceM: 0 })
    expect((await notes('jobs_posting_reviewed', liaison.id)).at(-1)?.data).toMatchObject({ approved: true })

    const w = await worker()
    await invokeOk(jobs, 'report', { id, reason: '实际要交押金' }, w.token)
    expect((await invokeOk(jobs, 'nearby', here)).items.map((p: { id: number }) => p.id)).not.toContain(id)
    const back = (await invokeOk(jobs, 'reviewQueue', {}, socialWorker.token)).items.find(
      (p: { id: number }) => p.id === id,
    )
    expect(back.reports).toEqual(['实际要交押金'])
    expect(await invoke(jobs, 'report', { id, reason: '再举报一次' }, w.token)).toMatchObject({ code: 'CONFLICT' })
    await invokeOk(jobs, 'review', { id, approve: false, note: '经核实要求缴纳押金' }, socialWorker.token)
    expect((await notes('jobs_posting_reviewed', liaison.id)).at(-1)?.data).toMatchObject({
      approved: false,
      note: '经核实要求缴纳押金',
    })
  })

  test('nearby: nearest first, filters by kind, pay, shift, certificate and 日结, paged', async () => {
    const far = await open({ title: '远处的岗位', lng: 121.6, lat: 29.87 })
    const near = await open({ title: '近处的岗位', lng: 121.841, lat: 29.901 })
    const gig = await open({
      title: '仓库装卸日结',
      kind: 'gig',
      payCents: 28_000,
      payUnit: 'day',
      certificates: [],
      shift: 'night',
      shifts: [{ startsAt: '2026-11-25T20:00:00+08:00', endsAt: '2026-11-26T04:00:00+08:00' }],
    })
    const list = (await invokeOk(jobs, 'nearby', { lng: 121.841, lat: 29.901 })).items.map((p: { id: number }) => p.id)
    expect(list.indexOf(near)).toBeLessThan(list.indexOf(far))
    expect(list[0]).toBe(near)
    const daily = await invokeOk(jobs, 'nearby', { lng: 121.84, lat: 29.9, daily: true })
    expect(daily.items.map((p: { id: number }) => p.id)).toEqual([gig])
    expect(daily.items[0].pay).toBe('¥280/天')
    const nights = await invokeOk(jobs, 'nearby', { lng: 121.84, lat: 29.9, shift: 'night', kind: 'gig' })
    expect(nights.items.map((p: { id: number }) => p.id)).toEqual([gig])
    const forklift = await invokeOk(jobs, 'nearby', { lng: 121.84, lat: 29.9, certificate: '叉车证' })
    expect(forklift.items.map((p: { id: number }) => p.id)).not.toContain(gig)
    expect(forklift.items.map((p: { id: number }) => p.id)).toContain(near)
    const rich = await invokeOk(jobs, 'nearby', { payUnit: 'month', minPayCents: 700_000 })
    expect(rich.items.map((p: { id: number }) => p.id)).not.toContain(near)
    const page0 = await invokeOk(jobs, 'nearby', { lng: 121.84, lat: 29.9 })
    expect(page0.items.length).toBeLessThanOrEqual(20)
  })

  test('apply once, status flow with notices; contact and phone shown only after acceptance; hire within headcount', async () => {
    const id = await open({ headcount: 1 })
    const a = await worker('张三')
    await invokeOk(
      jobs,
      'saveProfile',
      {
        skills: ['数控车床'],
        certificates: ['叉车证'],
        availability: 'any',
        phone: '13812345678',
        lng: 121.85,
        lat: 29.9,
      },
      a.token,
    )
    const b = await worker('李四')
    const before = await count('job_applications')
    const { id: appA } = await invokeOk(jobs, 'apply', { postingId: id }, a.token)
    expect(await invoke(jobs, 'apply', { postingId: id }, a.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/已投递过/),
    })
    expect(await invoke(jobs, 'apply', { postingId: id }, liaison.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '不能投递自己企业发布的岗位',
    })
    expect(await count('job_applications')).toBe(before + 1)
    const { id: appB } = await invokeOk(jobs, 'apply', { postingId: id }, b.token)
    expect((await notes('jobs_applied', liaison.id)).length).toBeGreaterThanOrEqual(2)

    let detail = await invokeOk(jobs, 'posting', { id }, a.token)
    expect(detail.contact).toBeNull()
    expect(detail.mine).toMatchObject({ status: 'applied', statusLabel: '已投递', can: ['withdraw'] })
    expect(detail.can).not.toContain('apply')

    let ranked = await invokeOk(jobs, 'applicants', { postingId: id }, liaison.token)
    expect(ranked.items[0]).toMatchObject({ id: appA, phone: '138****5678' })
    expect(ranked.items[0].reasons).toEqual(expect.arrayContaining(['持有叉车证']))
    expect(ranked.items[1].reasons).toEqual(expect.arrayContaining(['缺少叉车证', '未填写求职档案']))
    expect(await invoke(jobs, 'applicants', { postingId: id }, otherLiaison.token)).toMatchObject({ code: 'FORBIDDEN' })

    await invokeOk(jobs, 'decide', { applicationId: appA, to: 'viewed' }, liaison.token)
    await invokeOk(jobs, 'decide', { applicationId: appA, to: 'interview' }, liaison.token)
    detail = await invokeOk(jobs, 'posting', { id }, a.token)
    expect(detail.contact).toEqual({ name: '王经理', phone: '0574-86800000' })
    ranked = await invokeOk(jobs, 'applicants', { postingId: id }, liaison.token)
    expect(ranked.items.find((x: { id: number }) => x.id === appA).phone).toBe('13812345678')
    await invokeOk(jobs, 'decide', { applicationId: appA, to: 'hired' }, liaison.token)
    expect(await invoke(jobs, 'decide', { applicationId: appB, to: 'hired' }, liaison.token)).toMatchObject({
      ok: false,
      code: 'FULL',
      message: expect.stringMatching(/已录用满 1 人/),
    })
    await invokeOk(jobs, 'decide', { applicationId: appB, to: 'rejected', reason: '岗位已招满' }, liaison.token)
    expect((await notes('jobs_application_update', a.id)).map((x) => (x.data as { status: string }).status)).toEqual([
      '已查看',
      '邀请面试',
      '录用',
    ])
    expect((await notes('jobs_application_update', b.id)).map((x) => x.data)).toEqual([
      expect.objectContaining({ status: '未通过', reason: '岗位已招满' }),
    ])
    const mine = await invokeOk(jobs, 'myApplications', {}, a.token)
    expect(mine.items[0]).toMatchObject({ status: 'hired', statusLabel: '录用' })

    // Export: phones only of the hired.
    const sheet = await invokeOk(jobs, 'exportApplicants', { postingId: id, format: 'csv' }, liaison.token)
    const csv = Buffer.from(sheet.base64, 'base64').toString('utf8')
    expect(csv).toContain('13812345678')
    expect(sheet.rows).toBe(2)
    expect(csv).not.toMatch(/1390000\d{4}/)
  })

  test('hires at once never pass the headcount (parallel calls, one conditional update)', async () => {
    const id = await open({ headcount: 3 })
    const people = await Promise.all(Array.from({ length: 8 }, () => worker()))
    const apps: number[] = []
    for (const p of people) apps.push((await invokeOk(jobs, 'apply', { postingId: id }, p.token)).id)
    const results = await Promise.all(
      apps.map((applicationId) => invoke(jobs, 'decide', { applicationId, to: 'hired' }, liaison.token)),
    )
    expect(results.filter((r) => r.ok).length).toBe(3)
    const row = await ctx.db.selectFrom('job_postings').select('hired').where('id', '=', id).executeTakeFirstOrThrow()
    expect(row.hired).toBe(3)
    const hired = await ctx.db
      .selectFrom('job_applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('posting_id', '=', id)
      .where('status', '=', 'hired')
      .executeTakeFirstOrThrow()
    expect(Number(hired.n)).toBe(3)
  })

  test('one person tapping apply many times at once makes exactly one application', async () => {
    const id = await open({ headcount: 5 })
    const p = await worker()
    const results = await Promise.all(
      Array.from({ length: 6 }, () => invoke(jobs, 'apply', { postingId: id }, p.token)),
    )
    expect(results.filter((r) => r.ok).length).toBe(1)
    const rows = await ctx.db.selectFrom('job_applications').select('id').where('posting_id', '=', id).execute()
    expect(rows.length).toBe(1)
  })

  test('gigs: overlapping shifts refused, check-in by the site code within 1 km and the shift, hours, no-show, ratings once', async () => {
    const shiftA = { startsAt: '2026-11-24T08:00:00+08:00', endsAt: '2026-11-24T17:00:00+08:00' }
    const gigA = await open({ title: '分拣日结', kind: 'gig', payCents: 2600, payUnit: 'hour', shifts: [shiftA] })
    const gigB = await open({
      title: '装车日结',
      kind: 'gig',
      payCents: 26_000,
      payUnit: 'day',
      shifts: [{ startsAt: '2026-11-24T12:00:00+08:00', endsAt: '2026-11-24T20:00:00+08:00' }],
    })
    const w = await worker('赵五')
    const shiftOf = async (id: number) => (await invokeOk(jobs, 'posting', { id })).shifts[0].id as number
    const [sA, sB] = [await shiftOf(gigA), await shiftOf(gigB)]
    expect(await invoke(jobs, 'apply', { postingId: gigA }, w.token)).toMatchObject({ message: '请选择要报名的班次' })
    const { id: appA } = await invokeOk(jobs, 'apply', { postingId: gigA, shiftIds: [sA] }, w.token)
    await invokeOk(jobs, 'decide', { applicationId: appA, to: 'hired' }, liaison.token)
    const before = await count('job_applications')
    expect(await invoke(jobs, 'apply', { postingId: gigB, shiftIds: [sB] }, w.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/重叠/),
    })
    expect(await count('job_applications')).toBe(before)

    const { code } = await invokeOk(jobs, 'siteCode', { postingId: gigA }, liaison.token)
    expect(await invoke(jobs, 'siteCode', { postingId: gigA }, w.token)).toMatchObject({ code: 'FORBIDDEN' })
    const at = { lng: 121.8405, lat: 29.9005 }
    // Too early (the shift starts tomorrow 08:00).
    expect(await invoke(jobs, 'checkIn', { code, ...at }, w.token)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不在班次时间内/),
    })
    ctx.setNow(sh('2026-11-24T07:45:00'))
    expect(await invoke(jobs, 'checkIn', { code, lng: 121.86, lat: 29.9 }, w.token)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/需在 1 公里内/),
    })
    expect(await invoke(jobs, 'checkIn', { code: code.slice(0, -2) + 'xx', ...at }, w.token)).toMatchObject({
      ok: false,
    })
    expect(await invokeOk(jobs, 'checkIn', { code, ...at }, w.token)).toMatchObject({ kind: 'in' })
    const stranger = await worker()
    expect(await invoke(jobs, 'checkIn', { code, ...at }, stranger.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await invoke(jobs, 'rate', { applicationId: appA, stars: 5 }, w.token)).toMatchObject({ code: 'CONFLICT' })
    ctx.setNow(sh('2026-11-24T17:05:00'))
    expect(await invokeOk(jobs, 'checkIn', { code, ...at }, w.token)).toMatchObject({ kind: 'out' })
    expect(
      await invoke(jobs, 'confirmHours', { applicationId: appA, shiftId: sA, minutes: 0, noShow: true }, liaison.token),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/已扫码签到/) })
    expect(
      await invokeOk(
        jobs,
        'confirmHours',
        { applicationId: appA, shiftId: sA, minutes: 540, noShow: false },
        liaison.token,
      ),
    ).toEqual({ confirmedMinutes: 540, noShow: false })
    expect((await invokeOk(jobs, 'myApplications', {}, w.token)).items[0].can).toContain('rate')
    await invokeOk(jobs, 'rate', { applicationId: appA, stars: 5, comment: '准时发工资' }, w.token)
    expect(await invoke(jobs, 'rate', { applicationId: appA, stars: 4 }, w.token)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/只能评价一次/),
    })
    expect(await invokeOk(jobs, 'rate', { applicationId: appA, stars: 4 }, liaison.token)).toEqual({
      side: 'enterprise',
    })
    expect(await invoke(jobs, 'rate', { applicationId: appA, stars: 4 }, otherLiaison.token)).toMatchObject({
      code: 'NOT_FOUND',
    })
    // A shift reminder was queued an hour before the shift.
    expect((await notes('jobs_shift_reminder', w.id)).length).toBe(1)
  })

  test('personal data: the download holds the profile and applications; deletion keeps the application naming nobody', async () => {
    const id = await open()
    const w = await worker('钱七')
    await invokeOk(jobs, 'saveProfile', { skills: ['装配'], availability: 'any', phone: '13811112222' }, w.token)
    const { id: appId } = await invokeOk(jobs, 'apply', { postingId: id, note: '周一可到岗' }, w.token)
    const data = await invokeOk(user, 'myData', {}, w.token)
    expect(JSON.stringify(data)).toContain('13811112222')
    expect(JSON.stringify(data)).toContain('周一可到岗')
    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, w.token)).toEqual({ deleted: true })
    const row = await ctx.db
      .selectFrom('job_applications')
      .selectAll()
      .where('id', '=', appId)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ user_id: null, note: '', status: 'applied' })
    expect(await ctx.db.selectFrom('job_profiles').selectAll().where('user_id', '=', w.id).execute()).toEqual([])
    const ranked = await invokeOk(jobs, 'applicants', { postingId: id }, liaison.token)
    expect(ranked.items.find((a: { id: number }) => a.id === appId)).toMatchObject({ name: '已注销用户', phone: '' })
  })

  test('a 用工 demand becomes a posting in one step, and its hires are noted on the demand', async () => {
    const filed = await invokeOk(
      demands,
      'file',
      {
        enterpriseId,
        category: 'hiring',
        title: '旺季缺装配工 10 人',
        description: '十二月订单高峰，需要装配普工，可接受日结。',
        contactName: '王经理',
        contactPhone: '13900009999',
        attachments: [],
      },
      liaison.token,
    )
    const finance = await invokeOk(
      demands,
      'file',
      {
        enterpriseId,
        category: 'finance',
        title: '设备贷款咨询',
        description: '想了解红链贷的额度与利率情况。',
        contactName: '王经理',
        contactPhone: '13900009999',
        attachments: [],
      },
      liaison.token,
    )
    // The demand page shows 转为招聘岗位 only for the enterprise's own open 用工 demand.
    const seen = await invokeOk(demands, 'detail', { demandId: filed.id }, liaison.token)
    expect(seen).toMatchObject({ enterpriseId })
    expect(seen.can).toContain('toPosting')
    expect((await invokeOk(demands, 'detail', { demandId: finance.id }, liaison.token)).can).not.toContain('toPosting')
    expect((await invokeOk(demands, 'detail', { demandId: filed.id }, socialWorker.token)).can).not.toContain(
      'toPosting',
    )
    expect(await invoke(jobs, 'demandDraft', { demandId: finance.id, enterpriseId }, liaison.token)).toMatchObject({
      ok: false,
      message: '只有“用工”类诉求可以转为招聘岗位',
    })
    expect(
      await invoke(jobs, 'demandDraft', { demandId: filed.id, enterpriseId: otherEnterpriseId }, otherLiaison.token),
    ).toMatchObject({ code: 'NOT_FOUND' })
    const draft = await invokeOk(jobs, 'demandDraft', { demandId: filed.id, enterpriseId }, liaison.token)
    expect(draft).toMatchObject({ title: '旺季缺装配工 10 人', contactPhone: '13900009999' })
    const { id } = await invokeOk(
      jobs,
      'savePosting',
      postingInput(enterpriseId, { demandId: filed.id, title: draft.title, certificates: [], headcount: 2 }),
      liaison.token,
    )
    await invokeOk(jobs, 'review', { id, approve: true }, socialWorker.token)
    const w = await worker()
    const { id: applicationId } = await invokeOk(jobs, 'apply', { postingId: id }, w.token)
    await invokeOk(jobs, 'decide', { applicationId, to: 'hired' }, liaison.token)
    const events = await ctx.db
      .selectFrom('demand_events')
      .select(['kind', 'note'])
      .where('demand_id', '=', filed.id)
      .orderBy('id')
      .execute()
    expect(events.at(-1)).toEqual({ kind: 'progress', note: '零工市场「旺季缺装配工 10 人」已录用 1/2 人' })
  })

  test('a worker withdraws; the same posting may be applied to again (still one row)', async () => {
    const id = await open()
    const w = await worker()
    const { id: appId } = await invokeOk(jobs, 'apply', { postingId: id }, w.token)
    expect(await invoke(jobs, 'withdraw', { applicationId: appId }, liaison.token)).toMatchObject({ code: 'NOT_FOUND' })
    await invokeOk(jobs, 'withdraw', { applicationId: appId }, w.token)
    expect((await invokeOk(jobs, 'posting', { id }, w.token)).can).toContain('apply')
    expect((await invokeOk(jobs, 'apply', { postingId: id }, w.token)).id).toBe(appId)
  })
})
