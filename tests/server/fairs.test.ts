import { main as fairs } from '../../cloudfunctions/fairs/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase } from '../helpers/databases'
import { personWith } from '../helpers/grants'

// 专场招聘会: a series made once, booths and entries on the reservation core, check-in, 投递 at a
// booth, 达成意向 and 录用, figures and export, cancellation, personal data.
const sh = (local: string) => new Date(`${local}+08:00`)
// Monday; the fairs are on Wednesdays.
const NOW = sh('2026-11-23T10:00:00')
const WED = '2026-11-25'

const position = {
  title: '包装工',
  headcount: 5,
  payLow: 180,
  payHigh: 220,
  payUnit: 'day',
  requirements: '能适应站立作业',
}

describeEachDatabase('fairs', (ctx) => {
  const { invoke, invokeOk } = ctx
  let communityId: number
  let otherCommunityId: number
  let staff: { id: number; token: string }
  let otherStaff: { id: number; token: string }
  const enterprises: number[] = []
  const liaisons: { id: number; token: string }[] = []

  const count = async (table: 'fair_booths' | 'fair_applications' | 'fair_series' | 'fairs') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  const makeSeries = async (extra: Record<string, unknown> = {}) =>
    invokeOk(
      fairs,
      'createSeries',
      {
        communityId,
        title: '零工市场每周专场招聘会',
        place: '1860青年公社一楼',
        firstDate: WED,
        start: '14:00',
        end: '17:00',
        booths: 3,
        capacity: 3,
        repeat: 'once',
        ...extra,
      },
      staff.token,
    )

  beforeAll(async () => {
    ctx.setNow(NOW)
    const community = (code: string, name: string) =>
      ctx.db
        .insertInto('communities')
        .values({ code, name, district: '北仑区', enterprises: null, workers: null, lng: 121.8, lat: 29.9 })
        .returning('id')
        .executeTakeFirstOrThrow()
    communityId = (await community('T-FAIR', '测试产业社区')).id
    otherCommunityId = (await community('T-OTHER', '另一个社区')).id
    staff = await personWith(ctx.db, 'social_worker', { communityId }, '社工 测试')
    otherStaff = await personWith(ctx.db, 'social_worker', { communityId: otherCommunityId }, '社工 别处')
    for (let i = 0; i < 12; i++) {
      const e = await ctx.db
        .insertInto('enterprises')
        .values({
          name: `测试企业${i}`,
          credit_code: `TESTFAIR${String(i).padStart(10, '0')}`,
          community_id: communityId,
          grid_id: null,
          headcount: 50,
          verified_at: NOW,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      enterprises.push(e.id)
      liaisons.push(await personWith(ctx.db, 'enterprise', { enterpriseId: e.id }, `联络员${i}`))
    }
  })
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('a weekly series is made once: 8 Wednesdays now, the timer adds the next week and nothing twice', async () => {
    const before = await count('fairs')
    const s = await makeSeries({ repeat: 'weekly', weeks: 8 })
    expect(s.fairIds).toHaveLength(8)
    const managed = await invokeOk(fairs, 'managed', {}, staff.token)
    const mine = managed.series.find((x: { id: number }) => x.id === s.seriesId)
    expect(mine.rule).toBe('每周三 14:00–17:00')
    expect(mine.fairs.map((f: { date: string }) => f.date).slice(0, 3)).toEqual([WED, '2026-12-02', '2026-12-09'])
    const tick = (at: string) =>
      fairs({ Type: 'Timer', TriggerName: 'daily', Time: at }, { lianshe: { runtime: ctx.runtime, trigger: true } })
    expect(await tick('2026-11-23T18:30:00.000Z')).toMatchObject({
      ok: true,
      data: { result: { made: 0, noShows: 0 } },
    })
    ctx.setNow(sh('2026-11-30T10:30:00'))
    expect(await tick('2026-11-29T18:30:00.000Z')).toMatchObject({ ok: true, data: { result: { made: 1 } } })
    expect(await count('fairs')).toBe(before + 9)
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', String(s.seriesId))
      .execute()
    expect(audit.map((a) => a.action)).toContain('fair.series.create')
  })

  test('bad series: ends before it starts, in the past, 0 booths, another community → Chinese errors, nothing written', async () => {
    const before = [await count('fair_series'), await count('fairs')]
    const bad = async (extra: Record<string, unknown>, token = staff.token) =>
      invoke(
        fairs,
        'createSeries',
        {
          communityId,
          title: '测试招聘会',
          place: '党群服务中心',
          firstDate: WED,
          start: '14:00',
          end: '17:00',
          booths: 3,
          capacity: 3,
          repeat: 'once',
          ...extra,
        },
        token,
      )
    expect(await bad({ start: '17:00', end: '14:00' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '结束时间应晚于开始时间',
    })
    expect(await bad({ firstDate: '2026-11-20' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringContaining('已经过去'),
    })
    expect(await bad({ firstDate: '2026-11-23', start: '09:00' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('已经过去'),
    })
    expect(await bad({ booths: 0 })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringContaining('展位数至少为 1'),
    })
    expect(await bad({}, otherStaff.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能为本社区创建招聘会',
    })
    expect([await count('fair_series'), await count('fairs')]).toEqual(before)
  })

  test('12 enterprises booking 3 booths at once get exactly 3; non-enterprises and a second booth are refused; cancelling frees one', async () => {
    const { fairIds } = await makeSeries()
    const fairId = fairIds[0]
    const worker = await personWith(ctx.db, 'worker')
    const boothsBefore = await count('fair_booths')
    expect(
      await invoke(fairs, 'bookBooth', { fairId, enterpriseId: enterprises[0], positions: [position] }, worker.token),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // A liaison naming an enterprise that is not theirs.
    expect(
      await invoke(
        fairs,
        'bookBooth',
        { fairId, enterpriseId: enterprises[1], positions: [position] },
        liaisons[0].token,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '只有企业联络员可以为本企业预订展位' })
    expect(await count('fair_booths')).toBe(boothsBefore)

    const answers = await Promise.all(
      liaisons.map((l, i) =>
        invoke(fairs, 'bookBooth', { fairId, enterpriseId: enterprises[i], positions: [position] }, l.token),
      ),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(3)
    expect(answers.filter((a) => !a.ok && a.code === 'FULL')).toHaveLength(9)
    const d = await invokeOk(fairs, 'detail', { fairId }, staff.token)
    expect(d.fair).toMatchObject({ boothsBooked: 3, booths: 3 })
    expect(d.booths[0].positions[0]).toMatchObject({ title: '包装工', pay: '180–220 元/天' })

    const winner = answers.findIndex((a) => a.ok)
    const boothId = (answers[winner] as { data: { boothId: number } }).data.boothId
    // A second liaison of the same enterprise cannot book a second booth.
    const second = await personWith(ctx.db, 'enterprise', { enterpriseId: enterprises[winner] })
    await invokeOk(fairs, 'cancelBooth', { boothId }, liaisons[winner].token)
    const again = await invokeOk(
      fairs,
      'bookBooth',
      { fairId, enterpriseId: enterprises[winner], positions: [position] },
      second.token,
    )
    expect(
      await invoke(
        fairs,
        'bookBooth',
        { fairId, enterpriseId: enterprises[winner], positions: [position] },
        liaisons[winner].token,
      ),
    ).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('每家企业限一个展位') })
    expect(again.boothId).not.toBe(boothId)
    const notes = await ctx.db.selectFrom('notifications').select('kind').where('user_id', '=', second.id).execute()
    expect(notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['fair_booth_booked', 'fair_reminder']))
  })

  test('registration up to capacity, entry code checked in once, 投递 only checked-in on the day, 达成意向 and 录用, figures and export', async () => {
    const { fairIds } = await makeSeries({ capacity: 3 })
    const fairId = fairIds[0]
    const booth = await invokeOk(
      fairs,
      'bookBooth',
      { fairId, enterpriseId: enterprises[0], positions: [position] },
      liaisons[0].token,
    )
    const seekers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => personWith(ctx.db, 'worker', {}, `求职者${i}`)),
    )
    const regs = await Promise.all(seekers.map((s) => invoke(fairs, 'register', { fairId }, s.token)))
    expect(regs.filter((r) => r.ok)).toHaveLength(3)
    expect(regs.filter((r) => !r.ok && r.code === 'FULL')).toHaveLength(3)
    const inIdx = regs.findIndex((r) => r.ok)
    const seeker = seekers[inIdx]
    const code = (regs[inIdx] as { data: { code: string; qr: string } }).data
    expect(code.qr).toMatch(/^data:image\/svg\+xml/)
    expect(await invoke(fairs, 'register', { fairId }, seeker.token)).toMatchObject({ ok: false, code: 'CONFLICT' })
    const others = seekers.filter((_, i) => i !== inIdx && regs[i].ok)
    const stranger = seekers[regs.findIndex((r) => !r.ok)]

    const myBooth = await invokeOk(fairs, 'myBooth', { boothId: booth.boothId }, liaisons[0].token)
    const scan = (token: string) => invoke(fairs, 'apply', { boothCode: `lianshe://fair-booth/${myBooth.code}` }, token)
    const apps = await count('fair_applications')
    // Another day.
    expect(await scan(seeker.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('只能在招聘会当天'),
    })
    ctx.setNow(sh(`${WED}T14:10:00`))
    // Not checked in, not registered.
    expect(await scan(seeker.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '请先在入口出示入场码签到，再到展位投递',
    })
    expect(await scan(stranger.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: expect.stringContaining('你没有报名'),
    })
    expect(await count('fair_applications')).toBe(apps)

    // Door: only this fair's staff; the code once.
    expect(await invoke(fairs, 'checkIn', { fairId, code: code.code }, otherStaff.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const checked = await invokeOk(fairs, 'checkIn', { fairId, code: `lianshe://fair-entry/${code.code}` }, staff.token)
    expect(checked).toMatchObject({ name: '求**', checkedIn: 1 })
    expect(await invoke(fairs, 'checkIn', { fairId, code: code.code }, staff.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('不能重复签到'),
    })

    const applied = await invokeOk(fairs, 'apply', { boothCode: myBooth.code }, seeker.token)
    expect(applied.enterpriseName).toBe('测试企业0')
    expect(await scan(seeker.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('投递过'),
    })
    await invokeOk(
      fairs,
      'checkIn',
      { fairId, code: (regs[seekers.indexOf(others[0])] as { data: { code: string } }).data.code },
      staff.token,
    )
    const otherApp = await invokeOk(fairs, 'apply', { boothCode: myBooth.code }, others[0].token)

    // The enterprise: masked until hired; another enterprise cannot mark.
    const seen = await invokeOk(fairs, 'myBooth', { boothId: booth.boothId }, liaisons[0].token)
    expect(seen.applications[0]).toMatchObject({
      name: '求**',
      phone: expect.stringMatching(/^\d{3}\*+\d{4}$/),
      can: ['intent', 'hire'],
    })
    expect(
      await invoke(fairs, 'markIntent', { applicationId: applied.applicationId }, liaisons[1].token),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(
      await invokeOk(fairs, 'markIntent', { applicationId: applied.applicationId }, liaisons[0].token),
    ).toMatchObject({ intentAt: expect.any(String), can: ['hire'] })
    ctx.setNow(sh('2026-12-10T10:00:00'))
    const hired = await invokeOk(fairs, 'markHired', { applicationId: applied.applicationId }, liaisons[0].token)
    expect(hired.name).toBe('求职者' + inIdx)
    expect(hired.phone).toMatch(/^1370000\d{4}$/)
    // A hire 40 days after the fair is recorded but does not count as the fair's hire.
    ctx.setNow(sh('2027-01-04T10:00:00'))
    await invokeOk(fairs, 'markHired', { applicationId: otherApp.applicationId }, liaisons[0].token)
    const told = await ctx.db.selectFrom('notifications').select('kind').where('user_id', '=', seeker.id).execute()
    expect(told.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['fair_registered', 'fair_reminder', 'fair_intent', 'fair_hired']),
    )

    const st = await invokeOk(fairs, 'stats', { fairId }, staff.token)
    expect(st.fairStats).toMatchObject({
      boothsBooked: 1,
      registered: 3,
      checkedIn: 2,
      applications: 2,
      intents: 1,
      hires: 1,
    })
    expect(st.booths).toEqual([{ enterpriseName: '测试企业0', applications: 2, intents: 1, hires: 1 }])
    expect(await invoke(fairs, 'stats', { fairId }, otherStaff.token)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // The daily timer marks the registered seeker who never came 未到场.
    const tick = await fairs(
      { Type: 'Timer', TriggerName: 'daily', Time: '2027-01-03T18:30:00.000Z' },
      { lianshe: { runtime: ctx.runtime, trigger: true } },
    )
    expect(tick).toMatchObject({ ok: true, data: { result: { noShows: expect.any(Number) } } })
    const absent = others[1]
    expect((await invokeOk(fairs, 'mine', {}, absent.token)).registrations[0].status).toBe('no_show')
    const csv = await invokeOk(fairs, 'exportResults', { fairId, format: 'csv' }, staff.token)
    expect(csv).toMatchObject({ encoding: 'utf8', rows: 2 })
    const seekerPhone = (
      await ctx.db.selectFrom('users').select('phone').where('id', '=', seeker.id).executeTakeFirstOrThrow()
    ).phone!
    const otherPhone = (
      await ctx.db.selectFrom('users').select('phone').where('id', '=', others[0].id).executeTakeFirstOrThrow()
    ).phone!
    expect(csv.content).toContain(seekerPhone)
    // Hired 40 days on: still hired, so shown in full; a never-hired person's phone would be masked.
    expect(csv.content).toContain(otherPhone)
    const xlsx = await invokeOk(fairs, 'exportResults', { fairId, format: 'xlsx' }, staff.token)
    expect(Buffer.from(xlsx.content, 'base64').subarray(0, 2).toString()).toBe('PK')

    // Account deletion: the application stays counted, naming nobody.
    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, seeker.token)).toEqual({ deleted: true })
    const after = await invokeOk(fairs, 'stats', { fairId }, staff.token)
    expect(after.fairStats).toMatchObject({ applications: 2, intents: 1, hires: 1, checkedIn: 2 })
    const row = await ctx.db
      .selectFrom('fair_applications')
      .select('seeker_id')
      .where('id', '=', applied.applicationId)
      .executeTakeFirstOrThrow()
    expect(row.seeker_id).toBeNull()
  })

  test('export masks the phones of people not hired', async () => {
    const { fairIds } = await makeSeries()
    const fairId = fairIds[0]
    const booth = await invokeOk(
      fairs,
      'bookBooth',
      { fairId, enterpriseId: enterprises[2], positions: [position] },
      liaisons[2].token,
    )
    const s = await personWith(ctx.db, 'worker', {}, '王小明')
    const reg = await invokeOk(fairs, 'register', { fairId }, s.token)
    ctx.setNow(sh(`${WED}T15:00:00`))
    await invokeOk(fairs, 'checkIn', { fairId, code: reg.code }, staff.token)
    const code = (await invokeOk(fairs, 'myBooth', { boothId: booth.boothId }, liaisons[2].token)).code
    await invokeOk(fairs, 'apply', { boothCode: code }, s.token)
    const csv = (await invokeOk(fairs, 'exportResults', { fairId, format: 'csv' }, staff.token)).content as string
    const phone = (await ctx.db.selectFrom('users').select('phone').where('id', '=', s.id).executeTakeFirstOrThrow())
      .phone!
    expect(csv).not.toContain(phone)
    expect(csv).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
    expect(csv).toContain('王**')
  })

  test('cancelling one fair of a series tells everyone holding a place; the next week stays', async () => {
    const { fairIds } = await makeSeries({ repeat: 'weekly', weeks: 2 })
    const [first, next] = fairIds
    const booth = await invokeOk(
      fairs,
      'bookBooth',
      { fairId: first, enterpriseId: enterprises[3], positions: [position] },
      liaisons[3].token,
    )
    const s = await personWith(ctx.db, 'worker')
    await invokeOk(fairs, 'register', { fairId: first }, s.token)
    expect(await invoke(fairs, 'cancelFair', { fairId: first, reason: '场地检修' }, otherStaff.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await invokeOk(fairs, 'cancelFair', { fairId: first, reason: '场地检修' }, staff.token)).toEqual({ told: 2 })
    const told = await ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'status'])
      .where('user_id', 'in', [s.id, liaisons[3].id])
      .execute()
    expect(
      told
        .filter((n) => n.kind === 'fair_cancelled')
        .map((n) => n.user_id)
        .sort(),
    ).toEqual([s.id, liaisons[3].id].sort())
    expect(told.filter((n) => n.kind === 'fair_reminder').every((n) => n.status === 'dropped')).toBe(true)
    expect((await invokeOk(fairs, 'detail', { fairId: first }, s.token)).fair).toMatchObject({
      status: 'cancelled',
      cancelReason: '场地检修',
    })
    expect((await invokeOk(fairs, 'detail', { fairId: next }, s.token)).fair.status).toBe('scheduled')
    expect(await invoke(fairs, 'register', { fairId: first }, s.token)).toMatchObject({
      ok: false,
      message: '这场招聘会已取消',
    })
    expect((await invokeOk(fairs, 'myBooth', { boothId: booth.boothId }, liaisons[3].token)).cancellable).toBe(false)
  })

  test('a series cannot shrink below the booths already booked', async () => {
    const { seriesId, fairIds } = await makeSeries({ booths: 2 })
    await invokeOk(
      fairs,
      'bookBooth',
      { fairId: fairIds[0], enterpriseId: enterprises[4], positions: [position] },
      liaisons[4].token,
    )
    await invokeOk(
      fairs,
      'bookBooth',
      { fairId: fairIds[0], enterpriseId: enterprises[5], positions: [position] },
      liaisons[5].token,
    )
    const edit = (booths: number) =>
      invoke(
        fairs,
        'editSeries',
        { seriesId, title: '改名后的招聘会', place: '新场地', booths, capacity: 3, weeks: 1 },
        staff.token,
      )
    expect(await edit(1)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: `11月25日 周三 的招聘会已预订 2 个展位，展位数不能少于 2`,
    })
    // Anyone may look (signed out: no buttons, the page offers sign-in); the title is unchanged.
    expect(await invokeOk(fairs, 'detail', { fairId: fairIds[0] })).toMatchObject({
      fair: { title: '零工市场每周专场招聘会' },
      signedIn: false,
      can: [],
    })
    await invokeOk(
      fairs,
      'editSeries',
      { seriesId, title: '改名后的招聘会', place: '新场地', booths: 4, capacity: 3, weeks: 1 },
      staff.token,
    )
    expect((await invokeOk(fairs, 'detail', { fairId: fairIds[0] })).fair).toMatchObject({
      title: '改名后的招聘会',
      booths: 4,
    })
  })
})
