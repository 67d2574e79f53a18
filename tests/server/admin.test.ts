import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { main as admin } from '../../cloudfunctions/admin/index'
import { exampleCreditCode } from '../../cloudfunctions/community/seed-accounts'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'

const csvFile = (rows: string[][]) => ({
  name: 'enterprises.csv',
  base64: Buffer.from('\uFEFF' + Papa.unparse(rows), 'utf8').toString('base64'),
})
async function xlsxFile(rows: (string | number)[][]) {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('企业')
  for (const r of rows) sheet.addRow(r)
  return { name: 'enterprises.xlsx', base64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64') }
}
const HEADER = ['企业名称', '统一社会信用代码', '社区编码', '网格', '地址', '行业', '员工人数', '联系人', '联系电话']
// A valid code with its last (check) character changed.
const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0')

describeEachDatabase('admin: scope, roles, the last admin, the audit log, enterprises', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let adminToken: string
  let shegong: string
  let adminId: number
  let lingfeng: number
  let dagang: number
  const community = async (code: string) =>
    (await ctx.db.selectFrom('communities').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
  const count = async (table: 'enterprises' | 'audit_log' | 'user_roles' | 'canteen_staff') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    adminToken = await demoToken(user, 'admin')
    shegong = await demoToken(user, 'social_worker')
    adminId = (await invokeOk(user, 'me', {}, adminToken)).id
    lingfeng = await community('BL-LINGFENG')
    dagang = await community('BL-DAGANG')
  })

  describe('a 社工 of 灵峰 acts in 灵峰 only', () => {
    test('finds and opens only 灵峰 people; 大港 is refused', async () => {
      const [inDagang] = await signedInUsers(ctx.db, 1, 'worker', dagang)
      const mine = await invokeOk(admin, 'searchUsers', {}, shegong)
      expect(mine.total).toBeGreaterThan(0)
      expect(mine.items.every((p: { community: string | null }) => p.community === '灵峰工业社区')).toBe(true)
      expect(await invoke(admin, 'searchUsers', { communityId: dagang }, shegong)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        message: '只能查看和管理你所在社区的内容',
      })
      expect(await invoke(admin, 'user', { id: inDagang.id }, shegong)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      // The admin finds them, phone masked.
      const all = await invokeOk(admin, 'searchUsers', { communityId: dagang }, adminToken)
      expect(all.items.map((p: { phoneMasked: string }) => p.phoneMasked)).toContain('139****0000')
    })

    test('registers enterprises in 灵峰, never in 大港, and cannot move one out', async () => {
      const before = await count('enterprises')
      const code = exampleCreditCode('91330206MA2H8K9W')
      const base = { name: '宁波灵峰新材料有限公司（示例）', creditCode: code, gridId: null }
      const refused = await invoke(admin, 'saveEnterprise', { ...base, communityId: dagang }, shegong)
      expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await count('enterprises')).toBe(before)
      const saved = await invokeOk(admin, 'saveEnterprise', { ...base, communityId: lingfeng }, shegong)
      expect(saved.created).toBe(true)
      const moved = await invoke(admin, 'saveEnterprise', { ...base, id: saved.id, communityId: dagang }, shegong)
      expect(moved).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      const listed = await invokeOk(admin, 'enterprises', {}, shegong)
      expect(listed.items.every((e: { community: string }) => e.community === '灵峰工业社区')).toBe(true)
    })

    test('keeps the counter staff of 灵峰 canteens only, and grants no roles at all', async () => {
      const places = await invokeOk(admin, 'places', {}, shegong)
      expect(places.canteens.map((c: { name: string }) => c.name)).toEqual(['灵峰红领驿站夜宵食堂（示例）'])
      const all = await invokeOk(admin, 'places', {}, adminToken)
      const taibai = all.canteens.find((c: { name: string }) => c.name === '太白社区延时餐厅')
      const [helper] = await signedInUsers(ctx.db, 1, 'worker', lingfeng)
      expect(
        await invoke(admin, 'setCanteenStaff', { canteenId: taibai.id, userId: helper.id, staff: true }, shegong),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      const night = places.canteens[0].id
      expect(
        await invokeOk(admin, 'setCanteenStaff', { canteenId: night, userId: helper.id, staff: true }, shegong),
      ).toEqual({ changed: true })
      expect(
        await invoke(admin, 'grantRole', { userId: helper.id, role: 'broker', communityId: lingfeng }, shegong),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    })

    test('reads the audit log of 灵峰 only', async () => {
      const log = await invokeOk(admin, 'auditLog', {}, shegong)
      expect(log.total).toBeGreaterThan(0)
      expect(log.items.every((e: { community: string }) => e.community === '灵峰工业社区')).toBe(true)
      expect(await invoke(admin, 'auditLog', { communityId: dagang }, shegong)).toMatchObject({ code: 'FORBIDDEN' })
      expect(await invoke(admin, 'exportAudit', { format: 'csv' }, shegong)).toMatchObject({ code: 'FORBIDDEN' })
    })
  })

  describe('roles', () => {
    test('a grant needs its scope; a scoped grant is audited, notified and shown with its scope', async () => {
      const [person] = await signedInUsers(ctx.db, 1, 'worker', lingfeng)
      const rolesBefore = await count('user_roles')
      expect(await invoke(admin, 'grantRole', { userId: person.id, role: 'social_worker' }, adminToken)).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message: '请选择该角色所属的社区',
      })
      expect(
        await invoke(admin, 'grantRole', { userId: person.id, role: 'department', communityId: lingfeng }, adminToken),
      ).toMatchObject({ ok: false, message: '该角色不按社区授予，请不要选择社区' })
      expect(await count('user_roles')).toBe(rolesBefore)

      const g = await invokeOk(
        admin,
        'grantRole',
        { userId: person.id, role: 'broker', communityId: lingfeng },
        adminToken,
      )
      expect(g.granted).toBe(true)
      expect(
        (await invokeOk(admin, 'grantRole', { userId: person.id, role: 'broker', communityId: lingfeng }, adminToken))
          .granted,
      ).toBe(false)
      const page = await invokeOk(admin, 'user', { id: person.id }, adminToken)
      expect(page.person.roles).toContainEqual({ role: 'broker', label: '人才经纪人', scope: '灵峰工业社区' })
      expect(page.history[0]).toMatchObject({
        actionLabel: '授予角色',
        actor: '管理员 孙磊',
        community: '灵峰工业社区',
      })
      const notice = await ctx.db
        .selectFrom('notifications')
        .select(['kind', 'data'])
        .where('user_id', '=', person.id)
        .executeTakeFirstOrThrow()
      expect(notice).toEqual({
        kind: 'role_changed',
        data: { granted: true, role: '人才经纪人', scope: '灵峰工业社区' },
      })

      await invokeOk(admin, 'revokeRole', { grantId: g.grantId }, adminToken)
      const after = await invokeOk(admin, 'user', { id: person.id }, adminToken)
      expect(after.grants.find((x: { grantId: number }) => x.grantId === g.grantId)).toMatchObject({
        revokedBy: '管理员 孙磊',
      })
      expect(after.history[0].actionLabel).toBe('撤销角色')
    })

    test('revoking a 社工 of a community frees the grids they were responsible for', async () => {
      const [sw] = await signedInUsers(ctx.db, 1, 'worker', lingfeng)
      const g = await invokeOk(
        admin,
        'grantRole',
        { userId: sw.id, role: 'social_worker', communityId: lingfeng },
        adminToken,
      )
      const grid = await invokeOk(
        admin,
        'saveGrid',
        { communityId: lingfeng, name: '第四网格', area: '示例片区', socialWorkerId: sw.id },
        adminToken,
      )
      expect(
        await invoke(admin, 'saveGrid', { communityId: dagang, name: '第一网格', socialWorkerId: sw.id }, adminToken),
      ).toMatchObject({ ok: false, message: '负责人必须是本社区的社工' })
      await invokeOk(admin, 'revokeRole', { grantId: g.grantId }, adminToken)
      const grids = await invokeOk(admin, 'grids', { communityId: lingfeng }, adminToken)
      expect(grids.items.find((x: { id: number }) => x.id === grid.id)).toMatchObject({ socialWorkerId: null })
    })

    test('the last admin cannot revoke their own admin role; with a second admin they can', async () => {
      const own = await ctx.db
        .selectFrom('user_roles')
        .select('id')
        .where('user_id', '=', adminId)
        .where('role', '=', 'admin')
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow()
      expect(await invoke(admin, 'revokeRole', { grantId: own.id }, adminToken)).toEqual({
        ok: false,
        code: 'CONFLICT',
        message: '你是最后一位管理员，不能撤销自己的管理员角色；请先为他人授予管理员',
      })
      expect(await invoke(admin, 'setDisabled', { userId: adminId, disabled: true }, adminToken)).toMatchObject({
        ok: false,
        message: '不能停用自己的账号',
      })
      expect((await invokeOk(user, 'me', {}, adminToken)).roles.map((r: { role: string }) => r.role)).toContain('admin')
    })

    test.each(['revoke', 'disable'] as const)(
      'two admins who %s each other at the same moment: exactly one succeeds, one admin remains',
      async (act) => {
        const [a, b] = await signedInUsers(ctx.db, 2, 'worker')
        const grantA = await invokeOk(admin, 'grantRole', { userId: a.id, role: 'admin' }, adminToken)
        const grantB = await invokeOk(admin, 'grantRole', { userId: b.id, role: 'admin' }, adminToken)
        // The demo admin steps aside so a and b are the only two.
        await ctx.db.updateTable('users').set({ disabled: true }).where('id', '=', adminId).execute()
        try {
          const results =
            act === 'revoke'
              ? await Promise.all([
                  invoke(admin, 'revokeRole', { grantId: grantB.grantId }, a.token),
                  invoke(admin, 'revokeRole', { grantId: grantA.grantId }, b.token),
                ])
              : await Promise.all([
                  invoke(admin, 'setDisabled', { userId: b.id, disabled: true }, a.token),
                  invoke(admin, 'setDisabled', { userId: a.id, disabled: true }, b.token),
                ])
          expect(results.filter((r) => r.ok)).toHaveLength(1)
          // The loser is refused as the last admin, or (when the winner went first) is no admin any more.
          expect(results.find((r) => !r.ok)).toMatchObject({
            code: expect.stringMatching(/CONFLICT|FORBIDDEN|UNAUTHENTICATED/),
          })
          const admins = await ctx.db
            .selectFrom('user_roles as r')
            .innerJoin('users as u', 'u.id', 'r.user_id')
            .select('u.id')
            .where('r.role', '=', 'admin')
            .where('r.revoked_at', 'is', null)
            .where('u.disabled', '=', false)
            .execute()
          expect(admins).toHaveLength(1)
        } finally {
          await ctx.db.updateTable('users').set({ disabled: true }).where('id', 'in', [a.id, b.id]).execute()
          await ctx.db.updateTable('users').set({ disabled: false }).where('id', '=', adminId).execute()
        }
      },
    )
  })

  test('every privileged act leaves an audit entry with who, what, when and before/after', async () => {
    const lastBefore = Number(
      (
        await ctx.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow()
      ).id,
    )
    const [helper] = await signedInUsers(ctx.db, 1, 'worker', lingfeng)
    const c = await invokeOk(
      admin,
      'saveCommunity',
      {
        code: 'bl-xinQiao',
        name: '新桥示例社区',
        district: '宁波市北仑区',
        street: '示例街道',
        address: '',
        enterprises: 557,
        workers: null,
        intro: '“15 分钟服务圈”',
        lng: 121.8,
        lat: 29.9,
      },
      adminToken,
    )
    await invokeOk(
      admin,
      'saveCommunity',
      {
        id: c.id,
        code: 'BL-XINQIAO',
        name: '新桥示例社区',
        district: '宁波市北仑区',
        street: '示例街道',
        address: '',
        enterprises: 557,
        workers: null,
        intro: '557 家企业，“15 分钟服务圈”',
        lng: 121.8,
        lat: 29.9,
      },
      adminToken,
    )
    const grid = await invokeOk(admin, 'saveGrid', { communityId: c.id, name: '第一网格' }, adminToken)
    await invokeOk(
      admin,
      'saveGrid',
      { id: grid.id, communityId: c.id, name: '第一网格', area: '新桥路以北' },
      adminToken,
    )
    const d = await invokeOk(
      admin,
      'saveDepartment',
      { code: 'bl-jxj', name: '北仑区经济和信息化局', kind: 'bureau' },
      adminToken,
    )
    await invokeOk(
      admin,
      'saveDepartment',
      { id: d.id, code: 'BL-JXJ', name: '北仑区经济和信息化局', kind: 'bureau', phone: '0574-0000000' },
      adminToken,
    )
    const e = await invokeOk(
      admin,
      'saveEnterprise',
      { name: '新桥示例企业', creditCode: exampleCreditCode('91330206MA2H8K8Y'), communityId: c.id, gridId: grid.id },
      adminToken,
    )
    await invokeOk(
      admin,
      'saveEnterprise',
      {
        id: e.id,
        name: '新桥示例企业',
        creditCode: exampleCreditCode('91330206MA2H8K8Y'),
        communityId: c.id,
        gridId: grid.id,
        contactPhone: '13900001111',
      },
      adminToken,
    )
    const places = await invokeOk(admin, 'places', { communityId: lingfeng }, adminToken)
    await invokeOk(
      admin,
      'setCanteenStaff',
      { canteenId: places.canteens[0].id, userId: helper.id, staff: true },
      adminToken,
    )
    await invokeOk(
      admin,
      'setCanteenStaff',
      { canteenId: places.canteens[0].id, userId: helper.id, staff: false },
      adminToken,
    )
    await invokeOk(
      admin,
      'setStationStaff',
      { stationId: places.stations[0].id, userId: helper.id, staff: true },
      adminToken,
    )
    await invokeOk(
      admin,
      'setStationStaff',
      { stationId: places.stations[0].id, userId: helper.id, staff: false },
      adminToken,
    )

    const entries = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastBefore)
      .where('actor_id', '=', adminId)
      .orderBy('id')
      .execute()
    expect(entries.map((x) => x.action)).toEqual([
      'community.create',
      'community.update',
      'grid.create',
      'grid.update',
      'department.create',
      'department.update',
      'enterprise.create',
      'enterprise.update',
      'canteen.staff.add',
      'canteen.staff.remove',
      'station.staff.add',
      'station.staff.remove',
    ])
    expect(entries[1]).toMatchObject({
      before: { intro: '“15 分钟服务圈”' },
      after: { intro: '557 家企业，“15 分钟服务圈”' },
      community_id: c.id,
    })
    // Phones in the log are masked like everywhere else.
    expect(entries[7].after).toEqual({ contact_phone: '139****1111' })

    // The admin reads them filtered by act, community and date, and exports them.
    const log = await invokeOk(admin, 'auditLog', { action: 'grid', communityId: c.id }, adminToken)
    expect(log.items.map((x: { actionLabel: string }) => x.actionLabel)).toEqual(['修改网格', '新建网格'])
    expect(log.items[0].subject).toBe(`网格 第一网格（#${grid.id}）`)
    const today = new Date(ctx.runtime.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    expect(
      (await invokeOk(admin, 'auditLog', { from: today, to: today, actorId: adminId }, adminToken)).total,
    ).toBeGreaterThanOrEqual(12)
    expect((await invokeOk(admin, 'auditLog', { from: '2020-01-01', to: '2020-01-02' }, adminToken)).total).toBe(0)
    const csv = await invokeOk(admin, 'exportAudit', { format: 'csv', communityId: c.id }, adminToken)
    const text = Buffer.from(csv.base64, 'base64').toString('utf8')
    expect(text.startsWith('\uFEFF时间,操作人,操作,操作代码,对象,社区,变更前,变更后,备注')).toBe(true)
    expect(text).toContain('修改社区')
    const xlsx = await invokeOk(admin, 'exportAudit', { format: 'xlsx', communityId: c.id }, adminToken)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer)
    expect(book.worksheets[0].getRow(1).getCell(3).value).toBe('操作')
    expect(book.worksheets[0].rowCount).toBe(xlsx.rows + 1)
  })

  describe('enterprises from spreadsheets', () => {
    test('a CSV with bad rows: each reported with its line and reason, good rows saved, bad ones leave nothing', async () => {
      const good1 = exampleCreditCode('91330206MA2H8L1A')
      const good2 = exampleCreditCode('91330206MA2H8L2B')
      const file = csvFile([
        HEADER,
        ['灵峰示例甲有限公司', good1, 'BL-LINGFENG', '第一网格', '', '模具', '40', '张三', '13900002222'],
        [
          '校验位错误有限公司',
          wrongCheck(exampleCreditCode('91330206MA2H8L3C')),
          'BL-LINGFENG',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        ['大港示例有限公司', exampleCreditCode('91330206MA2H8L4D'), 'BL-DAGANG', '', '', '', '', '', ''],
        ['重复代码有限公司', good1, 'BL-LINGFENG', '', '', '', '', '', ''],
        ['无此网格有限公司', exampleCreditCode('91330206MA2H8L5E'), 'BL-LINGFENG', '第九网格', '', '', '', '', ''],
        ['电话错误有限公司', exampleCreditCode('91330206MA2H8L6F'), 'BL-LINGFENG', '', '', '', '', '', '12345'],
        ['灵峰示例乙有限公司', good2, 'BL-LINGFENG', '', '', '', 'abc', '', ''],
        ['灵峰示例丙有限公司', exampleCreditCode('91330206MA2H8L7G'), 'BL-LINGFENG', '', '', '', '12', '', ''],
      ])
      const before = await count('enterprises')
      const dry = await invokeOk(admin, 'importEnterprises', { file, dryRun: true }, shegong)
      expect(await count('enterprises')).toBe(before)
      const r = await invokeOk(admin, 'importEnterprises', { file }, shegong)
      expect({ ...r, dryRun: true }).toEqual(dry)
      expect(r).toMatchObject({ totalRows: 8, processed: 8, created: 2, updated: 0, nextOffset: null })
      expect(r.errors).toEqual([
        { row: 3, message: '统一社会信用代码校验位不正确，请核对' },
        { row: 4, message: '无权导入其他社区（大港工业社区）的企业' },
        { row: 5, message: '统一社会信用代码与第 2 行重复' },
        { row: 6, message: '灵峰工业社区没有“第九网格”' },
        { row: 7, message: '手机号应为 11 位数字' },
        { row: 8, message: '「员工人数」应为数字' },
      ])
      expect(await count('enterprises')).toBe(before + 2)
      const audits = await ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'enterprise.create')
        .where('subject_type', '=', 'enterprise')
        .execute()
      expect(audits.length).toBeGreaterThanOrEqual(2)
    })

    test('.xlsx in parts with progress; export and import again updates, creates nothing', async () => {
      const rows: (string | number)[][] = [HEADER]
      for (let i = 0; i < 5; i++) {
        rows.push([
          `澄潭示例${i}号有限公司`,
          exampleCreditCode(`91330624MA2D5X${i}Q`),
          'XC-CHENGTAN',
          '第二网格',
          '',
          '',
          10 + i,
          '',
          '',
        ])
      }
      const file = await xlsxFile(rows)
      const parts = []
      let offset: number | null = 0
      while (offset !== null) {
        const part: { nextOffset: number | null; processed: number; created: number } = await invokeOk(
          admin,
          'importEnterprises',
          { file, offset, limit: 2 },
          adminToken,
        )
        parts.push(part.processed)
        offset = part.nextOffset
      }
      expect(parts).toEqual([2, 2, 1])
      const listed = await invokeOk(admin, 'enterprises', { q: '澄潭示例' }, adminToken)
      expect(listed.total).toBe(5)
      expect(listed.items[0]).toMatchObject({ grid: '第二网格', community: '澄潭智能装备产业社区', verified: true })

      const exported = await invokeOk(
        admin,
        'exportEnterprises',
        { format: 'xlsx', communityId: await community('XC-CHENGTAN') },
        adminToken,
      )
      const again = await invokeOk(
        admin,
        'importEnterprises',
        { file: { name: exported.filename, base64: exported.base64 }, limit: 1000 },
        adminToken,
      )
      expect(again).toMatchObject({ created: 0, updated: exported.rows, errors: [] })
      const csv = await invokeOk(admin, 'exportEnterprises', { format: 'csv' }, shegong)
      const text = Buffer.from(csv.base64, 'base64').toString('utf8')
      expect(text).toContain('灵峰示例甲有限公司')
      expect(text).not.toContain('澄潭示例')
    })

    test('a file that is not a spreadsheet, or lacks columns, is refused as a whole', async () => {
      expect(
        await invoke(admin, 'importEnterprises', { file: { name: 'x.xlsx', base64: 'bm90IGEgemlw' } }, adminToken),
      ).toMatchObject({
        ok: false,
        message: '无法读取这个 .xlsx 文件，请确认是 Excel 工作簿（不是 .xls 或改了扩展名的文件）',
      })
      expect(
        await invoke(admin, 'importEnterprises', { file: csvFile([['企业名称'], ['甲']]) }, adminToken),
      ).toMatchObject({ ok: false, message: '表格缺少列：统一社会信用代码、社区编码' })
      expect(
        await invoke(admin, 'importEnterprises', { file: { name: 'x.pdf', base64: '' } }, adminToken),
      ).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
    })
  })

  test('people search: by name (two characters or one), the last 4 of a phone with the name, and role; phones masked', async () => {
    const byName = await invokeOk(admin, 'searchUsers', { q: '刘敏' }, adminToken)
    expect(byName.items.map((p: { displayName: string }) => p.displayName)).toEqual(['社工 刘敏'])
    expect(byName.items[0]).toMatchObject({
      phoneMasked: '138****5606',
      roles: [{ label: '社工', scope: '灵峰工业社区' }],
    })
    expect((await invokeOk(admin, 'searchUsers', { q: '敏' }, adminToken)).total).toBeGreaterThanOrEqual(1)
    // A phone's last 4 digits find someone only with their name (fragments alone would unmask it).
    expect((await invokeOk(admin, 'searchUsers', { q: '刘敏 5606' }, adminToken)).items[0].displayName).toBe(
      '社工 刘敏',
    )
    expect((await invokeOk(admin, 'searchUsers', { q: '5606' }, adminToken)).total).toBe(0)
    const depts = await invokeOk(admin, 'searchUsers', { role: 'department' }, adminToken)
    expect(depts.items.map((p: { displayName: string }) => p.displayName)).toContain('区人社局 赵科长')
    expect(JSON.stringify(await invokeOk(admin, 'searchUsers', { pageSize: 100 }, adminToken))).not.toMatch(
      /1381234\d{4}/,
    )
  })
})
