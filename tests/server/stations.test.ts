import { main as stations } from '../../cloudfunctions/stations/index'
import { main as user } from '../../cloudfunctions/user/index'
import { seedDemo } from '../../server/core/seed'
import { SEEDS } from '../../cloudfunctions/seeds'
import { sheetBase64 } from '../../server/sheets'
import { describeEachDatabase } from '../helpers/databases'

// Shanghai wall-clock → instant (UTC+8).
const sh = (isoLocal: string) => new Date(`${isoLocal}+08:00`)
// 2026-11-23 is a Monday.
const MON = '2026-11-23'
const TUE = '2026-11-24'
const SAT = '2026-11-28'
const SUN = '2026-11-29'

/** A CSV file as the import panel sends it. */
const csvFile = (text: string) => ({ name: 'stations.csv', base64: Buffer.from(text, 'utf8').toString('base64') })

const DAQI = { lng: 121.7952, lat: 29.8843 } // 大碶 main station

describeEachDatabase('stations', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  let admin: string
  let rider: string
  let socialWorker: string
  let lingfengId: number
  let jinchuangId: number

  const station = (
    code: string,
    hours: { weekday: number; opens: string; closes: string }[],
    extra: Record<string, unknown> = {},
  ) =>
    invokeOk(
      stations,
      'save',
      {
        station: {
          code,
          name: `测试站${code}`,
          tier: 'sub_station',
          communityId: lingfengId,
          address: '北仑区测试路 1 号',
          lng: 121.5,
          lat: 29.5,
          hours,
          facilities: ['phone_charging'],
          ...extra,
        },
      },
      admin,
    )

  beforeAll(async () => {
    process.env.LIANSHE_DEMO = '1'
    await seedDemo(ctx.runtime, SEEDS)
    admin = await demoToken(user, 'admin')
    rider = await demoToken(user, 'rider')
    socialWorker = await demoToken(user, 'social_worker')
    const ids = await ctx.db.selectFrom('communities').select(['id', 'code']).execute()
    lingfengId = ids.find((c) => c.code === 'BL-LINGFENG')!.id
    jinchuangId = ids.find((c) => c.code === 'BL-JINCHUANG')!.id
  })
  afterEach(() => ctx.setNow(null))
  afterAll(() => {
    delete process.env.LIANSHE_DEMO
  })

  test('nearest first, with distance and walking minutes', async () => {
    const { items } = await invokeOk(stations, 'nearby', { ...DAQI, radiusM: 5000, limit: 10, openFirst: false })
    expect(items.length).toBe(10)
    expect(items[0].name).toBe('大碶街道骑手驿站（总站）')
    expect(items[0].distanceM).toBe(0)
    const distances = items.map((s: any) => s.distanceM)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    const n1 = items.find((s: any) => s.code === 'DQ-N1')
    // 阿强面馆 is ~190 m from the main station: 3 minutes on foot at 80 m/min.
    expect(n1.distanceM).toBeGreaterThan(150)
    expect(n1.distanceM).toBeLessThan(250)
    expect(n1.walkMinutes).toBe(Math.ceil(n1.distanceM / 80))
    expect(items.every((s: any) => s.distanceM <= 5000)).toBe(true)
  })

  test('facility filters need every chosen facility', async () => {
    const { items } = await invokeOk(stations, 'nearby', {
      ...DAQI,
      radiusM: 20000,
      facilities: ['canteen', 'microwave'],
    })
    expect(items.map((s: any) => s.code)).toEqual(['DQ-01'])
    const charging = await invokeOk(stations, 'nearby', {
      ...DAQI,
      radiusM: 20000,
      facilities: ['ebike_charging'],
      limit: 50,
    })
    expect(charging.items.length).toBeGreaterThan(3)
    expect(charging.items.every((s: any) => s.facilities.includes('ebike_charging'))).toBe(true)
  })

  test('Chinese search by partial words: 骑手 finds 骑手驿站, 面馆 finds the noodle shop, by address too', async () => {
    const q = async (text: string) =>
      (await invokeOk(stations, 'nearby', { ...DAQI, radiusM: 50000, q: text, limit: 50 })).items.map(
        (s: any) => s.name,
      )
    expect(await q('骑手')).toEqual(expect.arrayContaining(['大碶街道骑手驿站（总站）', '太白社区骑手驿站·延时餐厅']))
    expect(await q('面馆')).toEqual(['爱心商家·阿强面馆（示例）'])
    expect(await q('太白路')).toEqual(
      expect.arrayContaining(['太白社区骑手驿站·延时餐厅', '爱心商家·同心药房（示例）']),
    )
    expect(await q('不存在的站')).toEqual([])
    expect(await q('%')).toEqual([])
  })

  test('open now across weekday hours, weekends and hours that run past midnight', async () => {
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' }))
    await station('T-DAY', weekdays)
    await station('T-NIGHT', [{ weekday: 5, opens: '18:00', closes: '02:00' }]) // Friday night into Saturday
    await station('T-24H', [], { open24h: true })
    const openAt = async (local: string) => {
      ctx.setNow(sh(local))
      const { items } = await invokeOk(stations, 'nearby', { lng: 121.5, lat: 29.5, radiusM: 1000, openNow: true })
      return items.map((s: any) => s.code).sort()
    }
    expect(await openAt(`${MON}T07:59:00`)).toEqual(['T-24H'])
    expect(await openAt(`${MON}T08:00:00`)).toEqual(['T-24H', 'T-DAY'])
    expect(await openAt(`${MON}T19:59:00`)).toEqual(['T-24H', 'T-DAY'])
    expect(await openAt(`${MON}T20:00:00`)).toEqual(['T-24H'])
    expect(await openAt(`${SAT}T10:00:00`)).toEqual(['T-24H'])
    expect(await openAt('2026-11-27T23:30:00')).toEqual(['T-24H', 'T-NIGHT']) // Friday 23:30
    expect(await openAt(`${SAT}T01:59:00`)).toEqual(['T-24H', 'T-NIGHT']) // still Friday's night
    expect(await openAt(`${SAT}T02:00:00`)).toEqual(['T-24H'])
    expect(await openAt(`${SUN}T01:00:00`)).toEqual(['T-24H']) // Saturday night: not open

    // Without the filter every station is listed, each saying whether it is open and today's hours.
    ctx.setNow(sh(`${TUE}T21:00:00`))
    const all = (await invokeOk(stations, 'nearby', { lng: 121.5, lat: 29.5, radiusM: 1000 })).items
    const byCode = Object.fromEntries(all.map((s: any) => [s.code, s]))
    expect(byCode['T-DAY']).toMatchObject({ openNow: false, todayHours: '08:00–20:00' })
    expect(byCode['T-24H']).toMatchObject({ openNow: true, todayHours: '24小时开放' })
    ctx.setNow(sh('2026-11-27T12:00:00'))
    const fri = await invokeOk(stations, 'detail', { code: 'T-NIGHT' })
    expect(fri.todayHours).toBe('18:00–次日02:00')
  })

  test.each([
    ['latitude out of range', { lng: 121.8, lat: 91 }],
    ['NaN coordinates (null after JSON)', { lng: null, lat: 29.9 }],
    ['coordinates as text', { lng: '121.8', lat: 29.9 }],
    ['a huge radius', { lng: 121.8, lat: 29.9, radiusM: 5_000_000 }],
    ['an unknown facility', { lng: 121.8, lat: 29.9, facilities: ['jacuzzi'] }],
    ['a page size over the maximum', { lng: 121.8, lat: 29.9, limit: 500 }],
  ])('%s → clear Chinese error', async (_n, input) => {
    const r = await invoke(stations, 'nearby', input)
    expect(r.ok).toBe(false)
    expect((r as any).code).toBe('BAD_REQUEST')
    expect((r as any).message).toMatch(/[\u4e00-\u9fa5]/)
  })

  test('a rider at 06:00: open stations first (nearest first), closed ones after saying when they open', async () => {
    ctx.setNow(sh(`${MON}T06:00:00`))
    const { items } = await invokeOk(stations, 'nearby', { ...DAQI, radiusM: 20000, limit: 20 })
    const open = items.filter((s: any) => s.openNow)
    const closed = items.filter((s: any) => !s.openNow)
    expect(open.length).toBeGreaterThan(0)
    expect(closed.length).toBeGreaterThan(0)
    // No closed station is listed above an open one, and each group runs nearest first.
    expect(items).toEqual([...open, ...closed])
    const nearestFirst = (list: any[]) => list.map((s) => s.distanceM).sort((a, b) => a - b)
    expect(open.map((s: any) => s.distanceM)).toEqual(nearestFirst(open))
    expect(closed.map((s: any) => s.distanceM)).toEqual(nearestFirst(closed))
    expect(open.every((s: any) => s.opensText === null)).toBe(true)
    expect(closed.every((s: any) => /^(今天|明天|后天|周.) \d\d:\d\d 开门$/.test(s.opensText))).toBe(true)
    // Riding minutes at 250 m a minute, for riders; walking stays for everyone else.
    for (const s of items) expect(s.rideMinutes).toBe(Math.max(1, Math.ceil(s.distanceM / 250)))
    // By distance only, as before, a closed station nearer than an open one comes first.
    const byDistance = (await invokeOk(stations, 'nearby', { ...DAQI, radiusM: 20000, limit: 20, openFirst: false }))
      .items
    expect(byDistance.map((s: any) => s.distanceM)).toEqual(nearestFirst(byDistance))
    expect(byDistance.map((s: any) => s.id)).not.toEqual(items.map((s: any) => s.id))
  })

  test('when a closed station opens: later today, tomorrow, after the weekend, after a closure', async () => {
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' }))
    await station('T-OPENS', weekdays)
    const opens = async (local: string) => {
      ctx.setNow(sh(local))
      return (await invokeOk(stations, 'detail', { code: 'T-OPENS' })).opensText
    }
    expect(await opens(`${MON}T06:00:00`)).toBe('今天 08:00 开门')
    expect(await opens(`${MON}T10:00:00`)).toBeNull()
    expect(await opens(`${MON}T21:00:00`)).toBe('明天 08:00 开门')
    expect(await opens(`${SAT}T10:00:00`)).toBe('后天 08:00 开门')
    expect(await opens('2026-11-27T21:00:00')).toBe('周一 08:00 开门') // Friday night
  }, 30_000)

  test('station detail: hours per weekday, facilities, offers, phone, QR of its code', async () => {
    const d = await invokeOk(stations, 'detail', { code: 'DQ-01' })
    expect(d).toMatchObject({
      name: '太白社区骑手驿站·延时餐厅',
      tierLabel: '分站',
      communityName: '太白社区',
      phone: '0574-86100011',
    })
    expect(d.hours).toHaveLength(14)
    expect(d.hours[0]).toEqual({ weekday: 0, opens: '07:00', closes: '14:00' })
    expect(d.riderOffers).toContain('6.8 折')
    expect(d.qr).toMatch(/^data:image\/png;base64,/)
    expect(d.canManage).toBe(false)
    expect(await invoke(stations, 'detail', { code: 'NOPE' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '站点不存在',
    })
  })

  test('live status only by staff of that station; a temporary closure takes it off "open now"', async () => {
    const { id } = await invokeOk(stations, 'detail', { code: 'LF-02' }) // 灵峰红领驿站, 07:00–23:00
    const otherCommunity = await invokeOk(stations, 'detail', { code: 'DQ-00' })
    const setStatus = (token: string, input: object) =>
      invoke(stations, 'setStatus', { stationId: id, ...input }, token)

    expect(await setStatus(rider, { charging: 'full' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只有该站点的工作人员可以操作',
    })
    // The 灵峰 social worker cannot touch a station in 金创.
    expect(
      await invoke(stations, 'setStatus', { stationId: otherCommunity.id, charging: 'full' }, socialWorker),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    ctx.setNow(sh(`${MON}T10:00:00`))
    const live = await invokeOk(
      stations,
      'setStatus',
      { stationId: id, charging: 'full', closure: { reason: '设备检修', until: `${MON}T15:00:00+08:00` } },
      socialWorker,
    )
    expect(live).toMatchObject({ charging: 'full', closedReason: '设备检修' })
    const open = async () =>
      (await invokeOk(stations, 'nearby', { lng: 121.7701, lat: 29.9252, radiusM: 100, openNow: true })).items.map(
        (s: any) => s.code,
      )
    expect(await open()).toEqual([])
    ctx.setNow(sh(`${MON}T15:00:00`))
    expect(await open()).toEqual(['LF-02'])

    // A station manager (any role) may run their own station, not others.
    const riderRow = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'rider')
      .where('demo', '=', true)
      .executeTakeFirstOrThrow()
    await ctx.db.insertInto('station_managers').values({ station_id: id, user_id: riderRow.id }).execute()
    expect(await setStatus(rider, { charging: 'available', closure: null })).toMatchObject({
      ok: true,
      data: { charging: 'available', closedUntil: null },
    })
    expect(
      await invoke(stations, 'setStatus', { stationId: otherCommunity.id, charging: 'full' }, rider),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await ctx.db.deleteFrom('station_managers').execute()

    expect(
      await setStatus(socialWorker, { closure: { reason: '检修', until: '2020-01-01T00:00:00+08:00' } }),
    ).toMatchObject({
      ok: false,
      message: '临时闭站的结束时间应晚于现在',
    })
  })

  test('staff set hours; a refusal changes nothing', async () => {
    const { id } = await invokeOk(stations, 'detail', { code: 'LF-03' })
    expect(
      await invoke(
        stations,
        'setHours',
        { stationId: id, open24h: false, hours: [{ weekday: 1, opens: '25:00', closes: '10:00' }] },
        socialWorker,
      ),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
    expect(await invoke(stations, 'setHours', { stationId: id, open24h: false, hours: [] }, rider)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect((await invokeOk(stations, 'detail', { id })).hours).toHaveLength(7)
    const r = await invokeOk(
      stations,
      'setHours',
      {
        stationId: id,
        open24h: false,
        hours: [{ weekday: 6, opens: '20:00', closes: '06:00' }],
        afterHoursEntry: '按门铃',
      },
      socialWorker,
    )
    expect(r.hours).toEqual([{ weekday: 6, opens: '20:00', closes: '06:00' }])
    const d = await invokeOk(stations, 'detail', { id })
    expect(d.afterHoursEntry).toBe('按门铃')
  })

  test('rating: one per person, re-rating replaces it, the average shows', async () => {
    const { id } = await invokeOk(stations, 'detail', { code: 'DQ-N1' })
    expect(await invokeOk(stations, 'rate', { stationId: id, stars: 5, text: '热水很方便' }, rider)).toEqual({
      rating: 5,
      ratingCount: 1,
    })
    const worker = await demoToken(user, 'worker')
    expect(await invokeOk(stations, 'rate', { stationId: id, stars: 4 }, worker)).toEqual({
      rating: 4.5,
      ratingCount: 2,
    })
    expect(await invokeOk(stations, 'rate', { stationId: id, stars: 2 }, rider)).toEqual({ rating: 3, ratingCount: 2 })
    expect(await invoke(stations, 'rate', { stationId: id, stars: 6 }, rider)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    expect(await invoke(stations, 'rate', { stationId: id, stars: 3 })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    expect((await invokeOk(stations, 'detail', { id }, rider)).myRating).toBe(2)
  })

  test("a rider's problem report reaches the station community's queue; staff resolve it", async () => {
    const { id } = await invokeOk(stations, 'detail', { code: 'LF-01' })
    const { reportId } = await invokeOk(
      stations,
      'report',
      { stationId: id, kind: 'charger_broken', text: '二号插座没电' },
      rider,
    )
    expect(await invoke(stations, 'report', { stationId: id, kind: 'charger_broken' }, rider)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect(await invoke(stations, 'report', { stationId: id, kind: 'teleporter_broken' }, rider)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })

    const queue = await invokeOk(stations, 'reports', {}, socialWorker)
    expect(queue.items.map((r: any) => r.id)).toContain(reportId)
    expect(queue.items.find((r: any) => r.id === reportId)).toMatchObject({
      kindLabel: '充电设备故障',
      text: '二号插座没电',
      stationName: '灵峰工业社区党群服务中心',
    })
    // A rider sees no queue; another community's social worker would not see this one.
    expect((await invokeOk(stations, 'reports', {}, rider)).items).toEqual([])

    expect(await invoke(stations, 'resolveReport', { reportId, resolution: '已修好' }, rider)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const done = await invokeOk(stations, 'resolveReport', { reportId, resolution: '已更换插座' }, socialWorker)
    expect(done).toMatchObject({ status: 'resolved', resolution: '已更换插座' })
    expect(await invoke(stations, 'resolveReport', { reportId, resolution: '再次处理' }, socialWorker)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '这条反馈已处理',
    })
  })

  test('admin creates, edits and retires stations; others may not', async () => {
    const base = {
      code: 'NEW-1',
      name: '新建驿站',
      tier: 'red_post',
      communityId: jinchuangId,
      address: '北仑区新建路 1 号',
      lng: 121.8,
      lat: 29.88,
    }
    expect(await invoke(stations, 'save', { station: base }, socialWorker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const { id } = await invokeOk(stations, 'save', { station: base }, admin)
    await invokeOk(stations, 'save', { id, station: { ...base, name: '新建驿站（改名）' } }, admin)
    expect((await invokeOk(stations, 'detail', { id })).name).toBe('新建驿站（改名）')
    expect(await invoke(stations, 'save', { station: { ...base, code: 'DQ-00' }, id }, admin)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    // Creating with a code in use is refused, not an overwrite of that station.
    expect(await invoke(stations, 'save', { station: { ...base, name: '重复编码' } }, admin)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '站点编码 NEW-1 已被其他站点使用',
    })
    expect((await invokeOk(stations, 'detail', { id })).name).toBe('新建驿站（改名）')
    expect(await invoke(stations, 'save', { station: { ...base, code: 'bad code!' } }, admin)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '站点编码应为 3–32 位字母、数字或连字符',
    })
    await invokeOk(stations, 'retire', { id }, admin)
    const near = await invokeOk(stations, 'nearby', { lng: 121.8, lat: 29.88, radiusM: 200 })
    expect(near.items.map((s: any) => s.code)).not.toContain('NEW-1')
    expect(await invoke(stations, 'detail', { id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '该站点已撤销',
    })
  })

  test('nearby shows every committed change on the next request, whoever wrote it, and nothing rolled back', async () => {
    const here = { lng: 121.61, lat: 29.61, radiusM: 500 }
    const near = async (extra: object = {}) => (await invokeOk(stations, 'nearby', { ...here, ...extra })).items
    await station('IDX-1', [], { lng: 121.61, lat: 29.61, open24h: true, name: '索引测试站' })
    expect((await near()).map((s: any) => s.name)).toEqual(['索引测试站'])

    // Another process's write (a second instance, a script) goes straight to the table, not through save.
    await ctx.db
      .updateTable('stations')
      .set({ facilities: ['phone_charging', 'wifi'] as any })
      .where('code', '=', 'IDX-1')
      .execute()
    expect((await near({ facilities: ['wifi'] })).map((s: any) => s.code)).toEqual(['IDX-1'])

    // A rolled-back write is never shown; the next committed one is.
    await ctx.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('stations').set({ name: '回滚的名字' }).where('code', '=', 'IDX-1').execute()
        throw new Error('roll back')
      })
      .catch(() => {})
    expect((await near())[0].name).toBe('索引测试站')
    await ctx.db.updateTable('stations').set({ charging: 'full' }).where('code', '=', 'IDX-1').execute()
    expect((await near())[0]).toMatchObject({ name: '索引测试站', live: { charging: 'full' } })

    // A renamed community renames its stations' answers; a station moved away or deleted leaves,
    // and is found where it moved to; renamed and re-timed stations are searched and filtered anew.
    await ctx.db.updateTable('communities').set({ name: '灵峰社区（新）' }).where('id', '=', lingfengId).execute()
    expect((await near())[0].communityName).toBe('灵峰社区（新）')
    await ctx.db.updateTable('communities').set({ name: '灵峰社区' }).where('id', '=', lingfengId).execute()
    await station('IDX-2', [], { lng: 121.6101, lat: 29.6101, open24h: true })
    expect((await near()).map((s: any) => s.code)).toEqual(['IDX-1', 'IDX-2'])
    await ctx.db.updateTable('stations').set({ lng: 121.7, lat: 29.7 }).where('code', '=', 'IDX-1').execute()
    expect((await near()).map((s: any) => s.code)).toEqual(['IDX-2'])
    await ctx.db.deleteFrom('stations').where('code', '=', 'IDX-2').execute()
    expect(await near()).toEqual([])
    expect((await near({ lng: 121.7, lat: 29.7 })).map((s: any) => s.code)).toEqual(['IDX-1'])
    await ctx.db.updateTable('stations').set({ name: '改名驿站' }).where('code', '=', 'IDX-1').execute()
    expect((await near({ lng: 121.7, lat: 29.7, q: '改名' })).map((s: any) => s.name)).toEqual(['改名驿站'])
    await ctx.db
      .updateTable('stations')
      .set({ open_24h: false, hours: JSON.stringify([[1, 600, 660]]) })
      .where('code', '=', 'IDX-1')
      .execute()
    ctx.setNow(sh(`${MON}T10:30:00`))
    expect(await near({ lng: 121.7, lat: 29.7, openNow: true })).toHaveLength(1)
    ctx.setNow(sh(`${MON}T11:00:00`))
    expect(await near({ lng: 121.7, lat: 29.7, openNow: true })).toEqual([])
  })

  test('import (CSV or xlsx): each bad row is reported by line and changes nothing; good rows land; dry run writes nothing', async () => {
    const header = '站点编码,名称,类型,社区编码,运营方,地址,电话,经度,纬度,24小时,营业时间,设施,骑手优惠,夜间进入方式'
    const csv = [
      header,
      'CSV-1,导入驿站一,红领驿站,BL-LINGFENG,灵峰社区,北仑区导入路 1 号,0574-1234,121.76,29.92,否,1-5 08:00-20:00; 6-7 09:00-02:00,手机充电|热水,"骑手优惠, 热水免费",',
      'CSV-2,导入驿站二,火星站,BL-LINGFENG,,北仑区导入路 2 号,,121.76,29.92,否,,,,',
      'CSV-3,导入驿站三,分站,NO-SUCH,,北仑区导入路 3 号,,121.76,29.92,否,,,,',
      'CSV-4,导入驿站四,分站,BL-LINGFENG,,北仑区导入路 4 号,,abc,29.92,否,,,,',
      'CSV-5,导入驿站五,分站,BL-LINGFENG,,北仑区导入路 5 号,,121.76,29.92,否,8-9 08:00-20:00,,,',
      'CSV-6,导入驿站六,分站,BL-LINGFENG,,北仑区导入路 6 号,,121.76,29.92,否,,按摩椅,,',
      'CSV-7,导入驿站七,分站,BL-LINGFENG,,北仑区导入路 7 号,,200,29.92,否,,,,',
      'CSV-1,重复,分站,BL-LINGFENG,,北仑区导入路 8 号,,121.76,29.92,否,,,,',
    ].join('\n')
    const count = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('stations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('code', 'like', 'CSV-%')
            .executeTakeFirstOrThrow()
        ).n,
      )

    expect(await invoke(stations, 'importCsv', { file: csvFile(csv) }, socialWorker)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const dry = await invokeOk(stations, 'importCsv', { file: csvFile(csv), dryRun: true }, admin)
    expect(dry).toMatchObject({ rows: 8, created: 1, dryRun: true })
    expect(await count()).toBe(0)

    const r = await invokeOk(stations, 'importCsv', { file: csvFile(csv) }, admin)
    expect(r.created).toBe(1)
    expect(r.errors).toEqual([
      { row: 3, message: '类型“火星站”无效' },
      { row: 4, message: '社区编码“NO-SUCH”不存在' },
      { row: 5, message: '经纬度必须是数字' },
      { row: 6, message: '营业时间“8-9 08:00-20:00”格式不正确，应如 1-5 08:00-20:00' },
      { row: 7, message: '未知设施：按摩椅' },
      { row: 8, message: '「lng」不能大于 136' },
      { row: 9, message: '站点编码 CSV-1 在文件中重复' },
    ])
    expect(await count()).toBe(1)
    const d = await invokeOk(stations, 'detail', { code: 'CSV-1' })
    expect(d).toMatchObject({ riderOffers: '骑手优惠, 热水免费', facilities: ['phone_charging', 'hot_water'] })
    expect(d.hours).toContainEqual({ weekday: 6, opens: '09:00', closes: '02:00' })

    expect(await invoke(stations, 'importCsv', { file: csvFile('名称\n只有名称') }, admin)).toMatchObject({
      ok: false,
      message: '表格缺少列：站点编码、类型、社区编码、地址、经度、纬度',
    })

    // The same columns as an Excel workbook (server/sheets.ts reads both).
    const rows = csv.split('\n').map((l) => l.split(','))
    const xlsx = await sheetBase64('xlsx', { name: '站点', header: rows[0], rows: [rows[1].slice(0, 12), rows[2]] })
    const viaExcel = await invokeOk(stations, 'importCsv', { file: { name: '站点.xlsx', base64: xlsx } }, admin)
    expect(viaExcel).toMatchObject({
      rows: 2,
      created: 0,
      updated: 1,
      errors: [{ row: 3, message: '类型“火星站”无效' }],
    })
    expect(
      await invoke(stations, 'importCsv', { file: { name: '站点.xlsx', base64: csvFile(csv).base64 } }, admin),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '无法读取这个 .xlsx 文件，请确认是 Excel 工作簿（不是 .xls 或改了扩展名的文件）',
    })
  })

  test('CSV export reads back through import unchanged', async () => {
    const out = await invokeOk(stations, 'exportCsv', {}, admin)
    expect(out.filename).toMatch(/^stations-\d{8}\.csv$/)
    expect(out.csv.startsWith('\uFEFF站点编码,名称')).toBe(true)
    expect(out.csv).toContain('DQ-01,太白社区骑手驿站·延时餐厅,分站,BL-TAIBAI')
    const before = await invokeOk(stations, 'detail', { code: 'DQ-06' })
    const again = await invokeOk(stations, 'importCsv', { file: csvFile(out.csv) }, admin)
    expect(again).toMatchObject({ created: 0, updated: out.rows, errors: [] })
    const after = await invokeOk(stations, 'detail', { code: 'DQ-06' })
    expect(after.hours).toEqual(before.hours)
    expect(after.facilities).toEqual(before.facilities)
    expect(await invoke(stations, 'exportCsv', {}, rider)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
