import { main as canteen } from '../../cloudfunctions/canteen/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { lastingToken, personWith } from '../helpers/grants'

jest.setTimeout(60_000)

const sh = (local: string) => new Date(`${local}+08:00`)
const MON = '2026-11-23'

describeEachDatabase('骑手码 at the counter', (ctx) => {
  const { invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let taibai: number
  let counterStaff: string
  type P = { id: number; token: string }
  let verified: P, unverified: P, another: P
  const at = (local: string) => ctx.setNow(sh(local))
  const written = async () =>
    Promise.all(
      (['canteen_rider_meals', 'canteen_walk_ins', 'audit_log'] as const).map(async (t) =>
        Number(
          (
            await ctx.db
              .selectFrom(t)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    )

  beforeAll(async () => {
    at(`${MON}T11:00:00`)
    const c = await ctx.db
      .selectFrom('canteens')
      .select(['id', 'community_id'])
      .where('name', '=', '太白社区延时餐厅')
      .executeTakeFirstOrThrow()
    taibai = c.id
    counterStaff = await lastingToken(
      ctx.db,
      (
        await ctx.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'demo_shegong_taibai')
          .executeTakeFirstOrThrow()
      ).id,
    )
    verified = await personWith(ctx.db, 'rider', { communityId: c.community_id }, '骑手 张快递')
    another = await personWith(ctx.db, 'rider', { communityId: c.community_id }, '骑手 刘外卖')
    unverified = await personWith(ctx.db, 'rider', { communityId: c.community_id }, '骑手 黄未审')
    await ctx.db
      .updateTable('users')
      .set({ rider_verified_at: sh('2026-11-01T09:00:00') })
      .where('id', 'in', [verified.id, another.id])
      .execute()
  })
  afterAll(() => ctx.setNow(null))

  test('a verified rider shows the code, the counter sees 已认证 with the name masked and records the meal at the rider price; the day report counts it', async () => {
    at(`${MON}T12:01:00`)
    const mine = await invokeOk(canteen, 'riderCode', {}, verified.token)
    expect(mine).toMatchObject({ validSeconds: 120, name: '张**' })
    expect(mine.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(new Date(mine.expiresAt).getTime()).toBe(sh(`${MON}T12:03:00`).getTime())

    at(`${MON}T12:02:00`)
    expect(await invokeOk(canteen, 'scanRider', { canteenId: taibai, code: mine.code }, counterStaff)).toMatchObject({
      rider: '张**',
      verified: true,
      discountLabel: '6.8折',
    })
    const meal = await invokeOk(
      canteen,
      'riderWalkIn',
      { canteenId: taibai, date: MON, start: '12:00', code: mine.code },
      counterStaff,
    )
    expect(meal).toMatchObject({ rider: '张**', walkIns: 1, riderWalkIns: 1, discountLabel: '6.8折' })
    // A plain walk-in too: the report keeps them apart.
    await invokeOk(canteen, 'walkIn', { canteenId: taibai, date: MON, start: '12:00', delta: 2 }, counterStaff)
    const day = await invokeOk(canteen, 'counter', { canteenId: taibai, date: MON }, counterStaff)
    expect(day.slots.find((s: { start: string }) => s.start === '12:00')).toMatchObject({ walkIns: 3, riderWalkIns: 1 })
    expect(day.report).toMatchObject({ walkIns: 3, riderWalkIns: 1, riderMeals: 1 })
    const audited = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'canteen.riderWalkIn')
      .execute()
    expect(audited).toHaveLength(1)
  })

  test("bad input: an expired code, a replaced code, an unverified rider, the same rider twice in a slot, someone else's counter → Chinese errors, nothing written", async () => {
    at(`${MON}T12:10:00`)
    const old = await invokeOk(canteen, 'riderCode', {}, another.token)
    at(`${MON}T12:12:01`)
    const before = await written()
    expect(
      await invoke(
        canteen,
        'riderWalkIn',
        { canteenId: taibai, date: MON, start: '12:00', code: old.code },
        counterStaff,
      ),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '骑手码已过期（有效期 2 分钟），请骑手刷新后重新出示',
    })
    expect(await invoke(canteen, 'scanRider', { canteenId: taibai, code: old.code }, counterStaff)).toMatchObject({
      ok: false,
      message: '骑手码已过期（有效期 2 分钟），请骑手刷新后重新出示',
    })
    // The page refreshed: the new code works, the screenshot of the old one does not even within its 2 minutes.
    at(`${MON}T12:20:00`)
    const first = await invokeOk(canteen, 'riderCode', {}, another.token)
    at(`${MON}T12:20:30`)
    const second = await invokeOk(canteen, 'riderCode', {}, another.token)
    expect(await invoke(canteen, 'scanRider', { canteenId: taibai, code: first.code }, counterStaff)).toMatchObject({
      ok: false,
      message: '骑手码无效，请骑手在「我的 → 骑手码」重新出示',
    })
    expect(await written()).toEqual(before)

    // An unverified rider has no code; one whose verification was withdrawn after it was issued is refused the rider price.
    expect(await invoke(canteen, 'riderCode', {}, unverified.token)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await ctx.db
      .updateTable('users')
      .set({ rider_verified_at: sh('2026-11-01T09:00:00') })
      .where('id', '=', unverified.id)
      .execute()
    const issued = await invokeOk(canteen, 'riderCode', {}, unverified.token)
    await ctx.db.updateTable('users').set({ rider_verified_at: null }).where('id', '=', unverified.id).execute()
    expect(await invokeOk(canteen, 'scanRider', { canteenId: taibai, code: issued.code }, counterStaff)).toMatchObject({
      rider: '黄**',
      verified: false,
    })
    expect(
      await invoke(
        canteen,
        'riderWalkIn',
        { canteenId: taibai, date: MON, start: '12:00', code: issued.code },
        counterStaff,
      ),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '黄** 未通过骑手认证，不能按骑手价记录；可按普通现场用餐计数',
    })
    expect(await written()).toEqual(before)

    // The same code scanned twice at once for one slot: one meal.
    const both = await Promise.all(
      [0, 1].map(() =>
        invoke(
          canteen,
          'riderWalkIn',
          { canteenId: taibai, date: MON, start: '12:00', code: second.code },
          counterStaff,
        ),
      ),
    )
    expect(both.filter((a) => a.ok)).toHaveLength(1)
    expect(both.find((a) => !a.ok)).toMatchObject({ code: 'CONFLICT', message: '刘** 在 12:00 时段已按骑手价记录过' })

    // A rider cannot record their own meal: only the canteen's counter staff can.
    const third = await invokeOk(canteen, 'riderCode', {}, another.token)
    const after = await written()
    expect(
      await invoke(
        canteen,
        'riderWalkIn',
        { canteenId: taibai, date: MON, start: '12:30', code: third.code },
        another.token,
      ),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await written()).toEqual(after)
  })
})
