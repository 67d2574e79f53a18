import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import Papa from 'papaparse'
import { main as activities } from '../../cloudfunctions/activities/index'
import { main as admin } from '../../cloudfunctions/admin/index'
import { main as canteen } from '../../cloudfunctions/canteen/index'
import { exampleCreditCode } from '../../cloudfunctions/community/seed-accounts'
import { main as demands } from '../../cloudfunctions/demands/index'
import { main as policies } from '../../cloudfunctions/policies/index'
import { main as stations } from '../../cloudfunctions/stations/index'
import { main as talent } from '../../cloudfunctions/talent/index'
import { main as user } from '../../cloudfunctions/user/index'
import { DEMO_STAFF_PASSWORD } from '../../cloudfunctions/user/seed'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { personWith } from '../helpers/grants'
import { challengeInput, expertProfile } from '../helpers/talent'

// Issue 22: what a hostile client found in the features added since the last hardening.
const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')
const ROOT = path.join(__dirname, '../..')

describeEachDatabase('trust: privacy and access findings', (ctx) => {
  const { invoke, invokeOk, demoToken } = ctx
  withDemoContent(ctx)
  let adminToken: string
  const communities: Record<string, number> = {}

  beforeAll(async () => {
    ctx.setNow(NOW)
    adminToken = await demoToken(user, 'admin')
    for (const c of await ctx.db.selectFrom('communities').select(['id', 'code']).execute()) communities[c.code] = c.id
  })
  afterAll(() => ctx.setNow(null))

  test('1. a revoked expert no longer reads confidential details, and leaves the expert search', async () => {
    const liaison = await demoToken(user, 'enterprise')
    const { enterprises } = await ctx.db
      .selectFrom('user_roles as r')
      .innerJoin('sessions as s', 's.user_id', 'r.user_id')
      .select((eb) => eb.fn.agg<number[]>('array_agg', ['r.enterprise_id']).as('enterprises'))
      .where('r.role', '=', 'enterprise')
      .where('r.revoked_at', 'is', null)
      .where('s.token_hash', '=', (await import('../../server/auth/sessions')).hashToken(liaison))
      .executeTakeFirstOrThrow()
    const { id: challengeId } = await invokeOk(
      talent,
      'postChallenge',
      { enterpriseId: enterprises[0], ...challengeInput('2026-12-20', { title: '撤销专家后的保密测试' }) },
      liaison,
    )
    const expert = await personWith(ctx.db, 'expert', {}, '钱撤销专家')
    await invokeOk(talent, 'saveProfile', expertProfile({ field: '撤销专家测试领域' }), expert.token)
    await invokeOk(talent, 'acceptTerms', { challengeId }, expert.token)
    expect(await invokeOk(talent, 'details', { challengeId }, expert.token)).toMatchObject({
      problem: expect.any(String),
    })
    const found = async () =>
      (await invokeOk(talent, 'searchExperts', { q: '钱撤销专家' }, liaison)).items.map(
        (i: { userId: number }) => i.userId,
      )
    expect(await found()).toContain(expert.id)

    const grant = await ctx.db
      .selectFrom('user_roles')
      .select('id')
      .where('user_id', '=', expert.id)
      .where('role', '=', 'expert')
      .executeTakeFirstOrThrow()
    await invokeOk(admin, 'revokeRole', { grantId: grant.id }, adminToken)

    const after = await invoke(talent, 'details', { challengeId }, expert.token)
    expect(after).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(JSON.stringify(after)).not.toContain('巴克豪森')
    expect(await found()).not.toContain(expert.id)
  })

  describe('2–3. phone numbers as sign-in names, and searching by phone', () => {
    const PHONE = '13712347052'
    let personId: number
    let socialWorker: string
    beforeAll(async () => {
      socialWorker = await demoToken(user, 'social_worker')
      // An H5 sign-up: the sign-in name is the phone number.
      personId = (
        await ctx.db
          .insertInto('users')
          .values({
            role: 'worker',
            display_name: '孙手机号',
            username: PHONE,
            phone: PHONE,
            community_id: communities['BL-LINGFENG'],
            onboarded_at: NOW,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    })
    const search = async (q: string, token = socialWorker) =>
      (await invokeOk(admin, 'searchUsers', { q, communityId: communities['BL-LINGFENG'] }, token)).items as {
        id: number
        username: string | null
      }[]

    test('2. a sign-in name that is a phone number is masked wherever a phone would be', async () => {
      for (const token of [socialWorker, adminToken]) {
        const [found] = (await search('孙手机号', token)).filter((p) => p.id === personId)
        expect(found.username).toBe('137****7052')
        const one = await invokeOk(admin, 'user', { id: personId }, token)
        expect(one.person.username).toBe('137****7052')
        expect(JSON.stringify(one)).not.toContain(PHONE)
      }
    })

    test('3. a phone is found only by the full number, or its last 4 digits with a name', async () => {
      const hits = async (q: string) => (await search(q)).some((p) => p.id === personId)
      expect(await hits(PHONE)).toBe(true)
      expect(await hits('137 1234 7052')).toBe(true)
      expect(await hits('孙手机号 7052')).toBe(true)
      expect(await hits('孙手机号 7053')).toBe(false)
      // Fragments recover nothing: not the phone, not the sign-in name that is the phone.
      for (const fragment of ['1371', '3712', '7052', '12347', '1371234705', '37123470']) {
        expect({ fragment, hit: await hits(fragment) }).toEqual({ fragment, hit: false })
      }
    })
  })

  describe('4. a liaison is approved by the enterprise’s own community, and its enterprise gets a grid', () => {
    let n = 0
    const newOpenid = () => `o-trust-liaison-${ctx.label}-${++n}`
    const wx = async (
      fn: (event: unknown, context?: unknown) => Promise<unknown>,
      action: string,
      input: unknown,
      openid: string,
    ) => {
      const r = await ctx.invokeWx(fn, action, input, openid)
      if (!r.ok) throw new Error(`${action} failed: ${r.code} ${r.message}`)
      return r.data
    }
    let lingfengWorker: string
    let taibaiWorker: string
    let lingfengGrids: { id: number }[]
    let otherGrid: { id: number }
    beforeAll(async () => {
      lingfengWorker = await demoToken(user, 'social_worker')
      taibaiWorker = (await invokeOk(user, 'login', { username: 'demo_shegong_taibai', password: DEMO_STAFF_PASSWORD }))
        .token
      lingfengGrids = await ctx.db
        .selectFrom('grids')
        .select('id')
        .where('community_id', '=', communities['BL-LINGFENG'])
        .orderBy('id')
        .execute()
      otherGrid = await ctx.db
        .selectFrom('grids')
        .select('id')
        .where('community_id', '<>', communities['BL-LINGFENG'])
        .executeTakeFirstOrThrow()
    })
    const pendingFor = async (token: string, creditCode: string) =>
      (await invokeOk(user, 'reviewQueue', {}, token)).items.find(
        (i: { kind: string; facts: { value: string }[] }) =>
          i.kind === 'enterprise' && i.facts[1]?.value === creditCode,
      )

    test('recorded in 灵峰 after a 太白 user applied: 太白’s 社工 may not approve, 灵峰’s does', async () => {
      const creditCode = exampleCreditCode('91330206MA2TR22K')
      const openid = newOpenid()
      await wx(
        user,
        'onboard',
        { communityId: communities['BL-TAIBAI'], roles: ['enterprise'], enterprise: { name: '某企业', creditCode } },
        openid,
      )
      const application = await pendingFor(taibaiWorker, creditCode)
      expect(application).toBeDefined()
      // An admin then records that code for a 灵峰 enterprise.
      const { id: enterpriseId } = await invokeOk(
        admin,
        'saveEnterprise',
        { name: '宁波灵峰信任测试有限公司', creditCode, communityId: communities['BL-LINGFENG'] },
        adminToken,
      )
      expect(
        await invoke(
          user,
          'reviewApplication',
          { applicationId: application.id, approve: true, gridId: lingfengGrids[0].id },
          taibaiWorker,
        ),
      ).toEqual({ ok: false, code: 'FORBIDDEN', message: '该企业在灵峰工业社区建档，只能由该社区的社工审核' })
      expect(await wx(user, 'me', {}, openid)).toMatchObject({ roleLabel: '未开通身份' })
      expect(await pendingFor(taibaiWorker, creditCode)).toBeUndefined()

      // 灵峰's 社工 sees it, picks the grid the enterprise (recorded without one) belongs to.
      const item = await pendingFor(lingfengWorker, creditCode)
      expect(item.grids.map((g: { id: number }) => g.id)).toEqual(lingfengGrids.map((g) => g.id))
      await invokeOk(
        user,
        'reviewApplication',
        { applicationId: item.id, approve: true, gridId: lingfengGrids[1].id },
        lingfengWorker,
      )
      const me = await wx(user, 'me', {}, openid)
      expect(me.roles).toEqual([expect.objectContaining({ role: 'enterprise', scope: '宁波灵峰信任测试有限公司' })])
      expect(
        await ctx.db.selectFrom('enterprises').select('grid_id').where('id', '=', enterpriseId).executeTakeFirst(),
      ).toEqual({ grid_id: lingfengGrids[1].id })
    })

    test('a new enterprise is recorded in the grid the 社工 picks, so its demands reach 我的网格', async () => {
      const creditCode = exampleCreditCode('91330206MA2TR33M')
      const openid = newOpenid()
      await wx(
        user,
        'onboard',
        {
          communityId: communities['BL-LINGFENG'],
          roles: ['enterprise'],
          enterprise: { name: '宁波网格新材料有限公司', creditCode },
        },
        openid,
      )
      const item = await pendingFor(lingfengWorker, creditCode)
      expect(item.grids.length).toBe(lingfengGrids.length)
      const approve = (extra: Record<string, unknown>) =>
        invoke(user, 'reviewApplication', { applicationId: item.id, approve: true, ...extra }, lingfengWorker)
      expect(await approve({})).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message: '请选择企业所在的网格，企业的诉求将派给该网格的社工',
      })
      expect(await approve({ gridId: otherGrid.id })).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        message: '所选网格不属于该企业所在社区',
      })
      expect(
        await ctx.db.selectFrom('enterprises').select('id').where('credit_code', '=', creditCode).execute(),
      ).toEqual([])
      expect(await approve({ gridId: lingfengGrids[0].id })).toMatchObject({ ok: true })
      const e = await ctx.db
        .selectFrom('enterprises')
        .select(['id', 'grid_id'])
        .where('credit_code', '=', creditCode)
        .executeTakeFirstOrThrow()
      expect(e.grid_id).toBe(lingfengGrids[0].id)

      const filed = await wx(
        demands,
        'file',
        {
          enterpriseId: e.id,
          category: 'equipment',
          title: '新建档企业的设备更新诉求',
          description: '新建档的企业提交诉求，应当派到所选网格的社工。',
          contactName: '周联络',
          contactPhone: '13812345678',
        },
        openid,
      )
      const grid = await invokeOk(demands, 'queue', { view: 'grid' }, lingfengWorker)
      expect(grid.items.map((d: { id: number }) => d.id)).toContain(filed.id)
    })
  })

  describe('5. spreadsheets: text that would run as a formula is written inert, by one shared writer', () => {
    const FORMULA = '=HYPERLINK("http://x.example","点我")'
    // Every cell of a CSV or every sheet of an xlsx: none may start like a formula.
    const live = (cells: string[]) => cells.filter((c) => /^\s*[=+\-@＝＋－＠\t\r]/.test(c))
    const csvCells = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data.flat()
    const xlsxCells = async (base64: string) => {
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
      const out: string[] = []
      for (const sheet of book.worksheets)
        sheet.eachRow((row) => row.eachCell((c) => out.push(typeof c.value === 'string' ? c.value : '')))
      return out
    }

    beforeAll(async () => {
      const policy = await ctx.db
        .selectFrom('policies')
        .select(['id', 'version'])
        .where('withdrawn_at', 'is', null)
        .orderBy('id')
        .executeTakeFirstOrThrow()
      await sql`update policy_versions set snapshot = jsonb_set(snapshot, '{title}', to_jsonb(${FORMULA}::text))
        where policy_id = ${policy.id} and version = ${policy.version}`.execute(ctx.db)
      const station = await ctx.db.selectFrom('stations').select('id').orderBy('id').executeTakeFirstOrThrow()
      await ctx.db.updateTable('stations').set({ name: FORMULA }).where('id', '=', station.id).execute()
      const grid = await ctx.db
        .selectFrom('grids')
        .select('id')
        .where('community_id', '=', communities['BL-LINGFENG'])
        .orderBy('id')
        .executeTakeFirstOrThrow()
      await ctx.db.updateTable('grids').set({ name: '+SUM(1,2)网格' }).where('id', '=', grid.id).execute()
    })

    test('policies, stations and demand statistics exports', async () => {
      const policiesCsv = await invokeOk(policies, 'exportPolicies', { format: 'csv' }, adminToken)
      const policiesText = Buffer.from(policiesCsv.base64, 'base64').toString('utf8')
      const policiesXlsx = await invokeOk(policies, 'exportPolicies', { format: 'xlsx' }, adminToken)
      const stationsCsv = (await invokeOk(stations, 'exportCsv', {}, adminToken)).csv
      const statsInput = { communityId: communities['BL-LINGFENG'], year: 2026 }
      const statsCsv = (await invokeOk(demands, 'exportStats', { ...statsInput, format: 'csv' }, adminToken)).content
      const statsXlsx = (await invokeOk(demands, 'exportStats', { ...statsInput, format: 'xlsx' }, adminToken)).content
      for (const [name, cells] of [
        ['policies csv', csvCells(policiesText)],
        ['policies xlsx', await xlsxCells(policiesXlsx.base64)],
        ['stations csv', csvCells(stationsCsv)],
        ['stats csv', csvCells(statsCsv)],
        ['stats xlsx', await xlsxCells(statsXlsx)],
      ] as const) {
        expect({ name, live: live(cells) }).toEqual({ name, live: [] })
        // The text is kept, shown as text.
        expect({ name, kept: cells.some((c) => c === `'${FORMULA}` || c === `'+SUM(1,2)网格`) }).toEqual({
          name,
          kept: true,
        })
      }
    })

    test('no exporter writes a sheet by itself: every one goes through server/sheets.ts', () => {
      const files = execSync('git ls-files cloudfunctions server', { cwd: ROOT, encoding: 'utf8' })
        .split('\n')
        .filter((f) => /\.tsx?$/.test(f) && f !== 'server/sheets.ts')
      const writers = files.filter((f) =>
        /unparse\(|writeBuffer\(|\.addRows?\(|['"`]\\uFEFF|['"`]\\ufeff/.test(readFileSync(path.join(ROOT, f), 'utf8')),
      )
      expect(writers).toEqual([])
    })
  })

  test('booking re-sent once the slot is full: told they hold it, not that it is full', async () => {
    ctx.setNow(sh('2026-11-23T08:00:00'))
    const worker = await personWith(ctx.db, 'worker', {}, '重发预约的职工')
    const { items } = await invokeOk(canteen, 'list', {})
    const taibai = items.find((c: { name: string }) => c.name === '太白社区延时餐厅').id
    const input = { canteenId: taibai, date: '2026-11-23', start: '11:30', items: [] }
    const first = await invokeOk(canteen, 'book', input, worker.token)
    // The slot is now full, with this person's seat in it.
    await ctx.db
      .updateTable('slots')
      .set({ capacity: sql`taken` })
      .where('starts_at', '=', sh('2026-11-23T11:30:00'))
      .execute()
    const again = await invoke(canteen, 'book', input, worker.token)
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('你已预约') })
    expect(await ctx.db.selectFrom('reservations').select('id').where('user_id', '=', worker.id).execute()).toEqual([
      { id: first.id },
    ])
    ctx.setNow(NOW)
  })

  test('a cloud:// file id is attached only from the caller’s own folder', async () => {
    const liaison = await demoToken(user, 'enterprise')
    const me = await invokeOk(user, 'me', {}, liaison)
    const options = await invokeOk(demands, 'options', {}, liaison)
    const file = (fileId: string) =>
      invoke(
        demands,
        'file',
        {
          enterpriseId: options.enterprises[0].id,
          category: 'equipment',
          title: '云存储附件的归属检查',
          description: '附件必须是本人上传到自己目录下的文件。',
          contactName: '张建国',
          contactPhone: '13812345604',
          attachments: [{ fileId, name: '现场.jpg', size: 2000, mime: 'image/jpeg' }],
        },
        liaison,
      )
    const before = await ctx.db.selectFrom('demands').select('id').execute()
    for (const fileId of [
      `cloud://env.demo/demands/u${me.id + 1}/a.jpg`,
      'cloud://env.demo/demands/a.jpg',
      `cloud://env.demo/demands/u${me.id}/../u${me.id + 1}/a.jpg`,
      `cloud://env.demo/avatars/u${me.id}x/a.jpg`,
    ]) {
      expect({ fileId, r: await file(fileId) }).toEqual({
        fileId,
        r: { ok: false, code: 'BAD_REQUEST', message: '附件「现场.jpg」不是你上传的，请重新上传' },
      })
    }
    expect(await ctx.db.selectFrom('demands').select('id').execute()).toHaveLength(before.length)
    expect(await file(`cloud://env.demo/demands/u${me.id}/a.jpg`)).toMatchObject({ ok: true })
  })

  test('a rider’s photo and an avatar named by a cloud:// id come only from the caller’s own folder', async () => {
    const worker = await demoToken(user, 'worker')
    const me = await invokeOk(user, 'me', {}, worker)
    const foreign = `cloud://env.demo/avatars/u${me.id + 1}/a.jpg`
    expect(await invoke(user, 'updateProfile', { avatar: foreign }, worker)).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '头像不是你上传的，请重新上传',
    })
    expect((await invokeOk(user, 'me', {}, worker)).avatar).toBe(me.avatar)
    const own = `cloud://env.demo/avatars/u${me.id}/a.jpg`
    expect((await invokeOk(user, 'updateProfile', { avatar: own }, worker)).avatar).toBe(own)

    const openid = `openid-photo-${Math.random().toString(36).slice(2)}`
    await ctx.invokeWx(user, 'onboard', { communityId: communities['BL-TAIBAI'], roles: ['rider'] }, openid)
    const rider = (await ctx.invokeWx(user, 'me', {}, openid)) as { ok: true; data: { id: number } }
    const apply = (photo: string) =>
      ctx.invokeWx(canteen, 'applyRider', { platform: 'meituan', riderNo: 'MT20260001', photo }, openid)
    expect(await apply(`cloud://env.demo/rider-verification/u${rider.data.id + 1}/p.jpg`)).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: '照片不是你上传的，请重新上传',
    })
    expect(
      await ctx.db.selectFrom('rider_verifications').select('id').where('user_id', '=', rider.data.id).execute(),
    ).toEqual([])
    expect(await apply(`cloud://env.demo/rider-verification/u${rider.data.id}/p.jpg`)).toMatchObject({ ok: true })
  })

  describe('revocation and deletion take effect (core events the features listen to)', () => {
    const iso = (local: string) => sh(local).toISOString()
    const notes = (kind: string, userId: number) =>
      ctx.db
        .selectFrom('notifications')
        .select(['data'])
        .where('kind', '=', kind)
        .where('user_id', '=', userId)
        .execute()

    test('a revoked 青创导师: future hours cancelled, the askers told', async () => {
      ctx.setNow(NOW)
      const mentorToken = await demoToken(user, 'mentor')
      const mentorId = (await invokeOk(user, 'me', {}, mentorToken)).id
      const asker = await personWith(ctx.db, 'entrepreneur', {}, '预约导师的青创客')
      const booked = await invokeOk(
        policies,
        'bookMentor',
        { mentorId, startsAt: iso('2026-11-24T14:00:00'), topic: 'application', question: '一次性创业补贴怎么申报？' },
        asker.token,
      )
      await invokeOk(policies, 'decideMentorBooking', { bookingId: booked.id, decision: 'confirm' }, mentorToken)
      const grant = await ctx.db
        .selectFrom('user_roles')
        .select('id')
        .where('user_id', '=', mentorId)
        .where('role', '=', 'mentor')
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow()
      await invokeOk(admin, 'revokeRole', { grantId: grant.id }, adminToken)

      const r = await ctx.db
        .selectFrom('reservations')
        .select(['status', 'cancel_reason'])
        .where('id', '=', booked.id)
        .executeTakeFirstOrThrow()
      expect(r).toEqual({ status: 'cancelled', cancel_reason: '导师已不再担任青创导师，可另选导师预约' })
      expect(await notes('mentor_cancelled', asker.id)).toEqual([
        { data: expect.objectContaining({ reason: '导师已不再担任青创导师，可另选导师预约' }) },
      ])
      const mine = await invokeOk(policies, 'myMentorBookings', {}, asker.token)
      expect(JSON.stringify(mine)).toContain('cancelled')
    })

    test('a deleted account: upcoming registrations cancelled, the next on the waitlist promoted', async () => {
      ctx.setNow(NOW)
      const organizer = await demoToken(user, 'social_worker')
      const { id: activityId } = await invokeOk(
        activities,
        'save',
        {
          title: '注销账号后的候补顺延',
          category: 'interest',
          startsAt: iso('2026-11-28T14:00:00'),
          endsAt: iso('2026-11-28T16:00:00'),
          address: '灵峰社区党群服务中心三楼',
          registrationOpensAt: iso('2026-11-23T00:00:00'),
          registrationClosesAt: iso('2026-11-28T12:00:00'),
          capacity: 1,
        },
        organizer,
      )
      const leaving = await personWith(ctx.db, 'worker', { communityId: communities['BL-LINGFENG'] }, '将注销的职工')
      const next = await personWith(ctx.db, 'worker', { communityId: communities['BL-LINGFENG'] }, '候补的职工')
      await ctx.db
        .updateTable('users')
        .set({ community_id: communities['BL-LINGFENG'] })
        .where('id', 'in', [leaving.id, next.id])
        .execute()
      expect((await invokeOk(activities, 'signUp', { activityId }, leaving.token)).status).toBe('confirmed')
      expect((await invokeOk(activities, 'signUp', { activityId }, next.token)).status).toBe('waitlisted')

      await invokeOk(user, 'deleteAccount', { confirm: '注销' }, leaving.token)

      expect((await invokeOk(activities, 'detail', { id: activityId }, next.token)).mine).toMatchObject({
        status: 'confirmed',
      })
      expect(await notes('activity_promoted', next.id)).toHaveLength(1)
      const detail = await invokeOk(activities, 'detail', { id: activityId }, organizer)
      expect(detail).toMatchObject({ seatsLeft: 0, waitlisted: 0 })
    })
  })

  test('a retry with the same request key gets the same answer; nothing is done twice', async () => {
    ctx.setNow(sh('2026-11-23T08:00:00'))
    const worker = await personWith(ctx.db, 'worker', {}, '重试预约的职工')
    const { items } = await invokeOk(canteen, 'list', {})
    const taibai = items.find((c: { name: string }) => c.name === '太白社区延时餐厅').id
    const send = (requestKey: string, start = '13:00') =>
      canteen(
        { action: 'book', input: { canteenId: taibai, date: '2026-11-23', start, items: [] }, requestKey },
        { lianshe: { sessionToken: worker.token, runtime: ctx.runtime } },
      ) as Promise<{ ok: boolean; data: { id: number; code: string }; code?: string; message?: string }>
    const first = await send('retry-key-0001')
    expect(first.ok).toBe(true)
    // The answer was lost; the client re-sends with the same key.
    const again = await send('retry-key-0001')
    expect(again).toEqual(first)
    expect(await ctx.db.selectFrom('reservations').select('id').where('user_id', '=', worker.id).execute()).toEqual([
      { id: first.data.id },
    ])
    // A new key is a new request (refused here: one booking per meal window).
    expect(await send('retry-key-0002', '13:30')).toMatchObject({ ok: false, code: 'CONFLICT' })
    // A key is one request's: another action with it is refused; a malformed key too.
    const other = await activities(
      { action: 'mine', input: {}, requestKey: 'retry-key-0001' },
      { lianshe: { sessionToken: worker.token, runtime: ctx.runtime } },
    )
    expect(other).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: '这个请求标识已用于其他操作，请刷新后重试' })
    expect(await send('短')).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
    ctx.setNow(NOW)
  })
})
