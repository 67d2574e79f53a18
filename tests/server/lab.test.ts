import { randomUUID } from 'node:crypto'
import { main as admin } from '../../cloudfunctions/admin/index'
import { main as lab } from '../../cloudfunctions/lab/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { personWith } from '../helpers/grants'

// 2026-11-23 is a Monday; 11-24 a Tuesday (working days).
const sh = (local: string) => new Date(`${local}+08:00`)
const MON = '2026-11-23'
const TUE = '2026-11-24'

describeEachDatabase('共享实验室', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let liaison: string
  let staff: string
  let adminToken: string
  let labId: number
  let liaisonId: number
  let enterpriseId: number
  let other: { id: number; token: string }
  let otherEnterprise: number
  let items: { id: number; name: string; turnaroundDays: number; labPriceCents: number; marketPriceCents: number }[]
  const count = async (table: 'lab_orders' | 'lab_items' | 'notifications' | 'lab_order_lines') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const upload = async (ownerId: number, name: string, bytes: Buffer) => {
    const key = randomUUID()
    await ctx.db
      .insertInto('uploads')
      .values({
        key,
        owner_id: ownerId,
        name,
        mime: 'application/pdf',
        size: bytes.length,
        data: bytes,
        created_at: new Date(),
      })
      .execute()
    return { fileId: `upload:${key}`, name, size: bytes.length, mime: 'application/pdf' }
  }

  beforeAll(async () => {
    ctx.setNow(sh(`${MON}T10:00:00`))
    liaison = await demoToken(user, 'enterprise')
    staff = await demoToken(user, 'lab_staff')
    adminToken = await demoToken(user, 'admin')
    labId = (await invokeOk(lab, 'labs', {})).items[0].id
    const me = await invokeOk(user, 'me', {}, liaison)
    liaisonId = me.id
    enterpriseId = (
      await ctx.db
        .selectFrom('user_roles')
        .select('enterprise_id')
        .where('user_id', '=', liaisonId)
        .where('role', '=', 'enterprise')
        .executeTakeFirstOrThrow()
    ).enterprise_id!
    otherEnterprise = (
      await ctx.db
        .selectFrom('enterprises')
        .select('id')
        .where('id', '<>', enterpriseId)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id
    other = await personWith(ctx.db, 'enterprise', { enterpriseId: otherEnterprise }, '另一企业联络员')
    items = (await invokeOk(lab, 'catalogue', { labId, q: '游隙' })).items
  })
  afterAll(() => ctx.setNow(null))

  test('the catalogue: 20 categories, 100 items, every price at least 40% below market; found by Chinese, pinyin and initials', async () => {
    const all = await invokeOk(lab, 'catalogue', { labId })
    expect(all.lab.name).toBe('澄潭共享实验室')
    expect(all.lab.communityName).toBe('澄潭智能装备产业社区')
    expect(all.categories).toHaveLength(20)
    expect(all.items).toHaveLength(100)
    for (const i of all.items) expect(i.labPriceCents / i.marketPriceCents).toBeLessThanOrEqual(0.6)
    const names = async (q: string) =>
      (await invokeOk(lab, 'catalogue', { labId, q })).items.map((i: { name: string }) => i.name)
    expect(await names('径向游隙')).toEqual(['向心轴承径向游隙检测'])
    expect(await names('jingxiangyouxi')).toEqual(['向心轴承径向游隙检测'])
    expect(await names('jxyx')).toEqual(['向心轴承径向游隙检测'])
    expect(await names('GB/T 307.1')).toEqual(['向心轴承尺寸公差检测', '圆锥滚子轴承公差检测'])
    expect(await names('没有这种检测')).toEqual([])
    const tensile = all.items.find((i: { name: string }) => i.name === '金属室温拉伸试验')
    expect(tensile).toMatchObject({
      standard: 'GB/T 228.1',
      marketPriceCents: 40000,
      labPriceCents: 23200,
      saving: '省 ¥168（42%）',
    })
  })

  test('2025 in figures: 3,200 batches for 200余 enterprises, more than 40% below market', async () => {
    const s = await invokeOk(lab, 'stats', { labId, year: 2025 })
    expect(s.batches).toBe(3200)
    expect(s.enterprises).toBeGreaterThan(200)
    expect(s.enterprises).toBeLessThan(300)
    expect(s.savingPct).toBeGreaterThanOrEqual(40)
    expect(s.months).toHaveLength(12)
    expect(s.months.reduce((a: number, m: { batches: number }) => a + m.batches, 0)).toBe(3200)
    expect(s.categories).toHaveLength(20)
    expect(s.categories.reduce((a: number, c: { batches: number }) => a + c.batches, 0)).toBe(3200)
  })

  test('a liaison orders for their own enterprise: a drop-off place, a code and QR, a due date on the working calendar', async () => {
    const before = await count('notifications')
    const o = await invokeOk(
      lab,
      'order',
      { labId, enterpriseId, dropoffDate: TUE, lines: [{ itemId: items[0].id, samples: 2 }] },
      liaison,
    )
    expect(o).toMatchObject({ status: 'booked', statusLabel: '待送样', dropoffDate: TUE, samples: 2 })
    expect(o.labCents).toBe(2 * items[0].labPriceCents)
    expect(o.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    // 向心轴承径向游隙检测: 2 working days after Tuesday 11-24 → Thursday 11-26.
    expect(o.dueDate).toBe('2026-11-26')
    expect(await count('notifications')).toBe(before + 1)
    const mine = await invokeOk(lab, 'myOrders', {}, liaison)
    expect(mine.items[0].code).toBe(o.code)
  })

  test('ordering for another enterprise, on a weekend or for nothing is refused in Chinese and writes nothing', async () => {
    const before = await count('lab_orders')
    const line = [{ itemId: items[0].id, samples: 1 }]
    expect(
      await invoke(lab, 'order', { labId, enterpriseId: otherEnterprise, dropoffDate: TUE, lines: line }, liaison),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能为你联络的企业下单',
    })
    expect(
      await invoke(lab, 'order', { labId, enterpriseId, dropoffDate: '2026-11-28', lines: line }, liaison),
    ).toMatchObject({
      ok: false,
      message: '11月28日 周六 不是工作日，实验室不收样，请选择工作日',
    })
    expect(await invoke(lab, 'order', { labId, enterpriseId, dropoffDate: TUE, lines: [] }, liaison)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    expect(await count('lab_orders')).toBe(before)
  })

  test('the way through the lab: scan → 已收样 → 检测中 → PDF report → 已出报告, told at each step; never backwards', async () => {
    const o = await invokeOk(
      lab,
      'order',
      { labId, enterpriseId, dropoffDate: MON, lines: [{ itemId: items[1].id, samples: 1 }] },
      liaison,
    )
    const told = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('user_id', '=', liaisonId)
            .where('kind', '=', 'lab_progress')
            .executeTakeFirstOrThrow()
        ).n,
      )
    const t0 = await told()
    // Someone who is no lab staff cannot receive; the staff scan the QR payload.
    expect((await invoke(lab, 'receive', { labId, code: o.code }, liaison)).ok).toBe(false)
    const received = await invokeOk(lab, 'receive', { labId, code: `LIANSHE-LAB:${o.code}` }, staff)
    expect(received.status).toBe('received')
    expect(await invoke(lab, 'receive', { labId, code: o.code }, staff)).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect((await invokeOk(lab, 'advance', { orderId: o.id, to: 'testing' }, staff)).status).toBe('testing')

    // Not a PDF by content (a Word file renamed), and over 20 MB: refused, nothing changes.
    const fake = await upload(
      (await invokeOk(user, 'me', {}, staff)).id,
      '报告.pdf',
      Buffer.from('PK\u0003\u0004 not a pdf'),
    )
    expect(await invoke(lab, 'uploadReport', { orderId: o.id, file: fake }, staff)).toMatchObject({
      ok: false,
      message: '「报告.pdf」不是 PDF 文件。检测报告只能上传 PDF 文件，且不超过 20 MB',
    })
    const huge = { ...fake, size: 20 * 1024 * 1024 + 1 }
    expect(await invoke(lab, 'uploadReport', { orderId: o.id, file: huge }, staff)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    expect((await invokeOk(lab, 'orderDetail', { orderId: o.id }, liaison)).status).toBe('testing')

    const stats0 = await invokeOk(lab, 'stats', { labId, year: 2026 })
    const pdf = await upload(
      (await invokeOk(user, 'me', {}, staff)).id,
      '检测报告.pdf',
      Buffer.from('%PDF-1.7\n%report'),
    )
    const done = await invokeOk(lab, 'uploadReport', { orderId: o.id, file: pdf }, staff)
    expect(done).toMatchObject({ status: 'reported', report: { name: '检测报告.pdf' }, can: { download: true } })
    const stats1 = await invokeOk(lab, 'stats', { labId, year: 2026 })
    expect(stats1.batches).toBe(stats0.batches + 1)
    expect(await told()).toBe(t0 + 3)

    // Backwards: refused in words, nothing written.
    expect(await invoke(lab, 'advance', { orderId: o.id, to: 'testing' }, staff)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '订单已出报告，不能再改为「检测中」',
    })
    expect(await invoke(lab, 'advance', { orderId: o.id, to: 'returned', reason: '样品不足' }, staff)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect((await invokeOk(lab, 'orderDetail', { orderId: o.id }, staff)).status).toBe('reported')

    // The report: its enterprise and the lab's staff only.
    expect(await invokeOk(lab, 'reportAccess', { orderId: o.id }, liaison)).toMatchObject({ url: `/files/lab/${o.id}` })
    expect((await invoke(lab, 'reportAccess', { orderId: o.id }, staff)).ok).toBe(true)
    expect(await invoke(lab, 'reportAccess', { orderId: o.id }, other.token)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '订单不存在或你无权查看',
    })
    expect(await invoke(lab, 'orderDetail', { orderId: o.id }, other.token)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    // Staff acts are audited.
    const acts = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'lab_order')
      .where('subject_id', '=', String(o.id))
      .execute()
    expect(acts.map((a) => a.action).sort()).toEqual(['lab.order.received', 'lab.order.reported', 'lab.order.testing'])
  })

  test('退样 needs a reason; a return before drop-off gives the place back', async () => {
    const o = await invokeOk(
      lab,
      'order',
      { labId, enterpriseId, dropoffDate: TUE, lines: [{ itemId: items[2].id, samples: 1 }] },
      liaison,
    )
    expect(await invoke(lab, 'advance', { orderId: o.id, to: 'returned' }, staff)).toMatchObject({
      ok: false,
      message: '请填写退样原因',
    })
    const r = await invokeOk(lab, 'advance', { orderId: o.id, to: 'returned', reason: '样品规格不符' }, staff)
    expect(r).toMatchObject({ status: 'returned', returnReason: '样品规格不符' })
  })

  test('the liaison cancels before drop-off: the place is freed, the lab told; after 已收样 or by another enterprise refused', async () => {
    ctx.setNow(sh(`${MON}T11:00:00`))
    const place = async (orderId: number) => {
      const row = await ctx.db
        .selectFrom('lab_orders as o')
        .innerJoin('reservations as r', 'r.id', 'o.reservation_id')
        .innerJoin('slots as s', 's.id', 'r.slot_id')
        .select(['s.taken', 'r.status', 'o.status as orderStatus'])
        .where('o.id', '=', orderId)
        .executeTakeFirstOrThrow()
      return { taken: Number(row.taken), reservation: row.status, order: row.orderStatus }
    }
    const staffId = (await invokeOk(user, 'me', {}, staff)).id
    const told = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('kind', '=', 'lab_cancelled')
            .where('user_id', '=', staffId)
            .executeTakeFirstOrThrow()
        ).n,
      )
    const o = await invokeOk(
      lab,
      'order',
      { labId, enterpriseId, dropoffDate: TUE, lines: [{ itemId: items[3].id, samples: 1 }] },
      liaison,
    )
    expect(o.can.cancel).toBe(true)
    const booked = await place(o.id)
    // The lab's staff see no cancel button: the server says who may.
    expect((await invokeOk(lab, 'orderDetail', { orderId: o.id }, staff)).can.cancel).toBe(false)

    // Another enterprise's liaison: not found, nothing changes.
    expect(await invoke(lab, 'cancelOrder', { orderId: o.id }, other.token)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '订单不存在或你无权查看',
    })
    expect(await place(o.id)).toEqual(booked)

    const before = await told()
    const c = await invokeOk(lab, 'cancelOrder', { orderId: o.id }, liaison)
    expect(c).toMatchObject({ status: 'cancelled', statusLabel: '已取消', can: { cancel: false } })
    expect(await place(o.id)).toEqual({ taken: booked.taken - 1, reservation: 'cancelled', order: 'cancelled' })
    expect(await told()).toBe(before + 1)
    expect(await invoke(lab, 'cancelOrder', { orderId: o.id }, liaison)).toMatchObject({
      ok: false,
      message: '订单已取消',
    })
    // Nothing moves a cancelled order on: the lab cannot receive it.
    expect(await invoke(lab, 'receive', { labId, code: o.code }, staff)).toMatchObject({ ok: false })

    // Received: the samples are in the lab, the liaison can no longer cancel.
    ctx.setNow(sh(`${TUE}T09:30:00`))
    const r = await invokeOk(
      lab,
      'order',
      { labId, enterpriseId, dropoffDate: TUE, lines: [{ itemId: items[3].id, samples: 1 }] },
      liaison,
    )
    await invokeOk(lab, 'receive', { labId, code: r.code }, staff)
    const received = await place(r.id)
    expect(
      (await invokeOk(lab, 'myOrders', {}, liaison)).items.find((x: { id: number }) => x.id === r.id)?.can.cancel,
    ).toBe(false)
    expect(await invoke(lab, 'cancelOrder', { orderId: r.id }, liaison)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '订单已收样，不能取消；如需取回样品，请联系实验室退样',
    })
    expect(await place(r.id)).toEqual(received)
    ctx.setNow(sh(`${MON}T10:00:00`))
  })

  test('overdue orders come first on the board', async () => {
    const board = await invokeOk(lab, 'board', { labId }, staff)
    expect(board.overdue).toBeGreaterThanOrEqual(1)
    expect(board.items[0].overdue).toBe(true)
    expect((await invoke(lab, 'board', { labId }, liaison)).ok).toBe(false)
  })

  test('a lab price above the market price is refused, nothing written', async () => {
    const before = await count('lab_items')
    const item = {
      code: 'X01',
      name: '测试项目',
      category: '硬度',
      turnaroundDays: 2,
      marketPriceCents: 10000,
      labPriceCents: 12000,
    }
    expect(await invoke(lab, 'saveItem', { labId, item }, staff)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringContaining('实验室价格不能高于市场价'),
    })
    expect(await count('lab_items')).toBe(before)
    expect(await invokeOk(lab, 'saveItem', { labId, item: { ...item, labPriceCents: 6000 } }, staff)).toMatchObject({
      created: true,
    })
    expect((await invokeOk(lab, 'catalogue', { labId, q: 'csxm' })).items.map((i: { name: string }) => i.name)).toEqual(
      ['测试项目'],
    )
  })

  test('import: one bad row and nothing is written; a good file creates and updates', async () => {
    const csv = (rows: string[]) =>
      Buffer.from(
        ['项目编号,检测类别,检测项目,检测标准,样品要求,检测周期（工作日）,市场价（元）,实验室价（元）', ...rows].join(
          '\n',
        ),
      ).toString('base64')
    const before = await count('lab_items')
    const bad = await invokeOk(
      lab,
      'importItems',
      {
        labId,
        format: 'csv',
        file: csv(['I01,涂层,附着力,,,2,300,150', 'I02,涂层,耐磨,,,2,300,350', 'I03,涂层,光泽,,,两天,300,100']),
      },
      staff,
    )
    expect(bad.errors).toEqual([
      { row: 3, message: '实验室价格不能高于市场价' },
      { row: 4, message: '「检测周期」应为工作日数（整数）' },
    ])
    expect(await count('lab_items')).toBe(before)
    const good = await invokeOk(
      lab,
      'importItems',
      {
        labId,
        format: 'csv',
        file: csv(['I01,涂层,附着力,,,2,300,150', 'T071,硬度,洛氏硬度,GB/T 230.1,试样 3 件,1,150,80']),
      },
      staff,
    )
    expect(good).toMatchObject({ created: 1, updated: 1, errors: [] })
    expect(await count('lab_items')).toBe(before + 1)
    expect(
      (await invoke(lab, 'importItems', { labId, format: 'csv', file: csv(['I09,涂层,x,,,2,300,150']) }, liaison)).ok,
    ).toBe(false)
  })

  test('a month of orders as CSV for the lab staff', async () => {
    const out = await invokeOk(lab, 'exportOrders', { labId, month: '2025-03', format: 'csv' }, staff)
    expect(out.rows).toBeGreaterThan(200)
    expect(Buffer.from(out.base64, 'base64').toString('utf8')).toContain('订单码,企业,状态')
  })

  test('lab staff is granted by an admin, scoped to a lab, and audited', async () => {
    const person = await personWith(ctx.db, 'worker', {}, '新检测员')
    expect(await invoke(admin, 'grantRole', { userId: person.id, role: 'lab_staff' }, adminToken)).toMatchObject({
      ok: false,
      message: '请选择该角色所属的实验室',
    })
    expect((await invoke(lab, 'board', { labId }, person.token)).ok).toBe(false)
    const g = await invokeOk(admin, 'grantRole', { userId: person.id, role: 'lab_staff', labId }, adminToken)
    expect(g.granted).toBe(true)
    expect((await invoke(lab, 'board', { labId }, person.token)).ok).toBe(true)
    const a = await ctx.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'role.grant')
      .where('subject_id', '=', String(person.id))
      .executeTakeFirstOrThrow()
    expect(a.after).toMatchObject({ role: 'lab_staff', labId })
    // The admin's person page names the grant's lab.
    const page = await invokeOk(admin, 'user', { id: person.id }, adminToken)
    expect(page.grants).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'lab_staff', scope: '澄潭共享实验室' })]),
    )
  })

  test('120 enterprises booking 50 drop-off places at once → exactly 50 (bench/lab.ts: 500)', async () => {
    await ctx.db.updateTable('labs').set({ daily_capacity: 50 }).where('id', '=', labId).execute()
    const day = '2026-11-25'
    const ents = await ctx.db.selectFrom('enterprises').select('id').orderBy('id').limit(500).execute()
    const n = Math.min(120, ents.length)
    const people = await Promise.all(
      ents.slice(0, n).map((e) => personWith(ctx.db, 'enterprise', { enterpriseId: e.id })),
    )
    const answers = await Promise.all(
      people.map((p, i) =>
        invoke(
          lab,
          'order',
          { labId, enterpriseId: ents[i].id, dropoffDate: day, lines: [{ itemId: items[0].id, samples: 1 }] },
          p.token,
        ),
      ),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(50)
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'FULL')).toBe(true)
    const orders = await ctx.db.selectFrom('lab_orders').select('id').where('dropoff_date', '=', day).execute()
    expect(orders).toHaveLength(50)
  })
})
