import { sql } from 'kysely'
import { main as sharing } from '../../cloudfunctions/sharing/index'
import { checkPatentNumber, patentCheckChar } from '../../cloudfunctions/sharing/domain/patents'
import { describeEachDatabase } from '../helpers/databases'
import { personWith } from '../helpers/grants'

jest.setTimeout(60_000)

const sh = (local: string) => new Date(`${local}+08:00`)
const b64 = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64')
const appNo = (d12: string) => `ZL${d12}.${patentCheckChar(d12)}`

describeEachDatabase('sharing: 全链共享', (ctx) => {
  const { invoke, invokeOk } = ctx
  const ids = {} as Record<'lingfeng' | 'other' | 'bankA' | 'bankB' | 'bankC' | 'nimte' | 'rsj', number>
  const firms: number[] = []
  const as = {} as Record<
    'worker' | 'otherWorker' | 'bankA' | 'bankB' | 'bankC' | 'institute' | 'rsj' | 'stranger',
    { id: number; token: string }
  >
  const liaisons: { id: number; token: string }[] = []
  const count = async (table: string, where = sql`true`) =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${where}`.execute(ctx.db))
      .rows[0].n

  beforeAll(async () => {
    ctx.setNow(sh('2026-11-23T10:00:00'))
    const community = async (code: string, name: string) =>
      (
        await ctx.db
          .insertInto('communities')
          .values({ code, name, district: '北仑区', street: '大碶街道', lng: 121.8, lat: 29.9 })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    ids.lingfeng = await community('T-LF', '灵峰工业社区')
    ids.other = await community('T-XX', '另一社区')
    const dept = async (code: string, name: string, kind: 'member_unit' | 'bureau' = 'member_unit') =>
      (
        await ctx.db
          .insertInto('departments')
          .values({ code, name, kind, created_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    ids.bankA = await dept('T-BANK-A', '甲银行北仑支行')
    ids.bankB = await dept('T-BANK-B', '乙银行北仑支行')
    ids.bankC = await dept('T-BANK-C', '丙银行（不在项目中）')
    ids.nimte = await dept('T-NIMTE', '中科院宁波材料所')
    ids.rsj = await dept('T-RSJ', '区人社局', 'bureau')
    for (let i = 0; i < 6; i++) {
      const { id } = await ctx.db
        .insertInto('enterprises')
        .values({
          name: `测试企业${i}`,
          credit_code: `91330206TEST000${i}X`,
          community_id: i < 5 ? ids.lingfeng : ids.other,
          industry: '精密轴承',
          created_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      firms.push(id)
      liaisons.push(await personWith(ctx.db, 'enterprise', { enterpriseId: id }, `联络员${i}`))
    }
    as.worker = await personWith(ctx.db, 'social_worker', { communityId: ids.lingfeng }, '社工')
    as.otherWorker = await personWith(ctx.db, 'social_worker', { communityId: ids.other }, '外社区社工')
    as.bankA = await personWith(ctx.db, 'bank', { departmentId: ids.bankA }, '甲行客户经理')
    as.bankB = await personWith(ctx.db, 'bank', { departmentId: ids.bankB }, '乙行客户经理')
    as.bankC = await personWith(ctx.db, 'bank', { departmentId: ids.bankC }, '丙行客户经理')
    as.institute = await personWith(ctx.db, 'department', { departmentId: ids.nimte }, '材料所联系人')
    as.rsj = await personWith(ctx.db, 'department', { departmentId: ids.rsj }, '人社局')
    as.stranger = await personWith(ctx.db, 'worker', {}, '职工')
  })

  describe('绿电享', () => {
    let roundId = 0
    const roundInput = {
      communityId: 0,
      title: '2027 年一季度光伏组团购电',
      supplier: '示例售电公司',
      priceE4: 5202,
      gridPriceE4: 6000,
      thresholdKind: 'enterprises',
      threshold: 3,
      joinOpens: '2026-11-20',
      joinCloses: '2026-11-30',
    }

    test('only the community’s 社工 opens a round; the price must be below the grid’s', async () => {
      ctx.setNow(sh('2026-11-23T10:00:00'))
      const input = { ...roundInput, communityId: ids.lingfeng }
      expect(await invoke(sharing, 'createRound', input, as.otherWorker.token)).toMatchObject({ code: 'FORBIDDEN' })
      expect(await invoke(sharing, 'createRound', input, liaisons[0].token)).toMatchObject({ code: 'FORBIDDEN' })
      const dear = await invoke(sharing, 'createRound', { ...input, priceE4: 6100 }, as.worker.token)
      expect(dear).toMatchObject({ ok: false, message: '团购电价应低于对比的电网电价' })
      expect(await count('sharing_power_rounds')).toBe(0)
      roundId = (await invokeOk(sharing, 'createRound', input, as.worker.token)).id
      // The rounds page names the community the 社工 opens rounds for (the new-round form sends it).
      expect(await invokeOk(sharing, 'rounds', {}, as.worker.token)).toMatchObject({
        communityId: ids.lingfeng,
        canCreate: true,
      })
      expect(await invokeOk(sharing, 'rounds', {}, liaisons[0].token)).toMatchObject({ canCreate: false })
      const audited = await count('audit_log', sql`action = 'sharing.round.create'`)
      expect(audited).toBe(1)
    })

    test('five enterprises joining at once: the round starts once and people are told exactly once', async () => {
      ctx.setNow(sh('2026-11-24T09:00:00'))
      const results = await Promise.all(
        [0, 1, 2, 3, 4].map((i) =>
          invoke(sharing, 'joinRound', { roundId, enterpriseId: firms[i], monthlyKwh: 100_000 + i }, liaisons[i].token),
        ),
      )
      expect(results.every((r) => r.ok)).toBe(true)
      expect(results.filter((r) => r.ok && (r.data as { started: boolean }).started)).toHaveLength(1)
      const round = await invokeOk(sharing, 'round', { roundId }, liaisons[0].token)
      expect(round.round).toMatchObject({ status: 'started', members: 5, discountPct: 13.3 })
      // The three members at the flip and the 社工 who opened it: one notice each, no more.
      const notices = await sql<{ user_id: number; n: number }>`
        select user_id, count(*)::int as n from notifications where kind = 'power_round_started' group by user_id`.execute(
        ctx.db,
      )
      expect(notices.rows).toHaveLength(4)
      expect(notices.rows.every((r) => r.n === 1)).toBe(true)
      expect(notices.rows.map((r) => r.user_id)).toContain(as.worker.id)
    })

    test('joining twice, for another enterprise, from another community or after the window is refused', async () => {
      ctx.setNow(sh('2026-11-25T09:00:00'))
      const before = await count('sharing_power_members')
      const twice = await invoke(
        sharing,
        'joinRound',
        { roundId, enterpriseId: firms[0], monthlyKwh: 5 },
        liaisons[0].token,
      )
      expect(twice).toMatchObject({ ok: false, code: 'CONFLICT', message: '测试企业0已加入本轮团购，不能重复加入' })
      const notMine = await invoke(
        sharing,
        'joinRound',
        { roundId, enterpriseId: firms[1], monthlyKwh: 5 },
        liaisons[0].token,
      )
      expect(notMine).toMatchObject({ ok: false, message: '只有该企业的联络员可以操作' })
      const far = await invoke(
        sharing,
        'joinRound',
        { roundId, enterpriseId: firms[5], monthlyKwh: 5 },
        liaisons[5].token,
      )
      expect(far).toMatchObject({ ok: false, message: '该团购面向其他社区的企业' })
      ctx.setNow(sh('2026-12-01T00:05:00'))
      const late = await invoke(
        sharing,
        'joinRound',
        { roundId, enterpriseId: firms[5], monthlyKwh: 5 },
        liaisons[5].token,
      )
      expect(late.ok).toBe(false)
      expect(await count('sharing_power_members')).toBe(before)
    })

    test('monthly kWh: negative refused, absurd asks for confirmation, saving shown', async () => {
      ctx.setNow(sh('2026-12-05T10:00:00'))
      const rec = (kwh: number, confirm?: boolean, month = '2026-11') =>
        invoke(
          sharing,
          'recordUsage',
          { roundId, enterpriseId: firms[0], month, kwh, ...(confirm ? { confirm } : {}) },
          liaisons[0].token,
        )
      const negative = await rec(-5)
      expect(negative).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
      expect(negative.ok === false && negative.message).toContain('用电量不能为负数')
      const absurd = await rec(1_000_001)
      expect(absurd.ok === false && absurd.message).toContain('超过申报月用电量（100000）的 10 倍，请核对后确认提交')
      const future = await rec(10, false, '2027-01')
      expect(future.ok).toBe(false)
      expect(await count('sharing_power_readings')).toBe(0)
      expect(
        await invokeOk(
          sharing,
          'recordUsage',
          { roundId, enterpriseId: firms[0], month: '2026-11', kwh: 100_000 },
          liaisons[0].token,
        ),
      ).toEqual({
        month: '2026-11',
        kwh: 100_000,
        savingFen: 798_000,
      })
      expect((await rec(1_000_001, true, '2026-12')).ok).toBe(true)
      const r = await invokeOk(sharing, 'round', { roundId }, liaisons[0].token)
      expect(r.mine[0]).toMatchObject({ joined: true, kwh: 1_100_001, can: ['record'] })
      expect(r.mine[0].savingFen).toBe(Math.round((1_100_001 * 798) / 100))
      expect(r.members).toEqual([]) // a liaison does not see other enterprises' figures
      const staff = await invokeOk(sharing, 'round', { roundId }, as.worker.token)
      expect(staff.members).toHaveLength(5)
    })

    test('import: a bad row writes nothing; a good file saves every month', async () => {
      ctx.setNow(sh('2026-12-05T10:00:00'))
      const file = (rows: string) => ({ name: '用电.csv', base64: b64(`月份,用电量\r\n${rows}`) })
      const bad = await invokeOk(
        sharing,
        'importUsage',
        { roundId, enterpriseId: firms[1], file: file('2026-11,90000\r\n2026-12,abc\r\n') },
        liaisons[1].token,
      )
      expect(bad).toEqual({ saved: 0, errors: [{ row: 3, message: '用电量“abc”应为整数千瓦时' }] })
      const negative = await invokeOk(
        sharing,
        'importUsage',
        { roundId, enterpriseId: firms[1], file: file('2026-11,-1\r\n') },
        liaisons[1].token,
      )
      expect(negative.errors[0].message).toBe('用电量不能为负数')
      expect(await count('sharing_power_readings', sql`enterprise_id = ${firms[1]}`)).toBe(0)
      const ok = await invokeOk(
        sharing,
        'importUsage',
        { roundId, enterpriseId: firms[1], file: file('2026-11,90000\r\n2026/12,95000\r\n') },
        liaisons[1].token,
      )
      expect(ok).toEqual({ saved: 2, errors: [] })
      const list = await invokeOk(sharing, 'rounds', { communityId: ids.lingfeng })
      expect(list.totalKwh).toBe(1_100_001 + 185_000)
      expect(list.totalSavingFen).toBe(list.items[0].savingFen)
    })

    test('export of a round’s savings: the community’s 社工 only', async () => {
      expect(await invoke(sharing, 'exportRound', { roundId, format: 'csv' }, as.otherWorker.token)).toMatchObject({
        code: 'FORBIDDEN',
      })
      const x = await invokeOk(sharing, 'exportRound', { roundId, format: 'csv' }, as.worker.token)
      const text = Buffer.from(x.base64, 'base64').toString('utf8')
      expect(text).toContain('节约电费（元）')
      expect(text).toContain('测试企业1,91330206TEST0001X,100001,2,185000,14763')
    })
  })

  describe('红链贷', () => {
    let programmeId = 0
    let loanId = 0
    test('the 社工 sets the programme with its partner banks (member units)', async () => {
      const input = { communityId: ids.lingfeng, name: '红链贷', capYuan: 5_000_000, bankIds: [ids.bankA, ids.rsj] }
      expect((await invoke(sharing, 'saveProgramme', input, as.worker.token)).ok).toBe(false)
      programmeId = (
        await invokeOk(sharing, 'saveProgramme', { ...input, bankIds: [ids.bankA, ids.bankB] }, as.worker.token)
      ).id
      const p = await invokeOk(sharing, 'loanProgramme', {}, liaisons[0].token)
      expect(p.programme).toMatchObject({ capYuan: 5_000_000 })
      expect(p.enterprises[0]).toMatchObject({ creditCode: '91330206TEST0000X', chain: '精密轴承' })
    })

    test('the programme form: the 社工 gets the programme and the member units to choose banks from, others not', async () => {
      const staff = await invokeOk(sharing, 'loanProgramme', {}, as.worker.token)
      expect(staff).toMatchObject({ communityId: ids.lingfeng, canEdit: true })
      expect(staff.programme.banks.map((b: { id: number }) => b.id).sort()).toEqual([ids.bankA, ids.bankB].sort())
      const units = staff.memberUnits.map((m: { id: number }) => m.id)
      expect(units).toEqual(expect.arrayContaining([ids.bankA, ids.bankB, ids.bankC, ids.nimte]))
      expect(units).not.toContain(ids.rsj) // a bureau is not a member unit
      const liaison = await invokeOk(sharing, 'loanProgramme', {}, liaisons[0].token)
      expect(liaison).toMatchObject({ canEdit: false, memberUnits: [] })
      const outsider = await invokeOk(sharing, 'loanProgramme', { communityId: ids.lingfeng }, as.otherWorker.token)
      expect(outsider).toMatchObject({ canEdit: false, memberUnits: [] })
    })

    test('an amount of 0 or above the cap is refused; nothing is written', async () => {
      const apply = (amountYuan: number) =>
        invoke(
          sharing,
          'applyLoan',
          { programmeId, enterpriseId: firms[0], amountYuan, purpose: '购置磨床' },
          liaisons[0].token,
        )
      expect(await apply(0)).toMatchObject({ ok: false, message: '申请金额应大于 0 元' })
      expect(await apply(5_000_001)).toMatchObject({ ok: false, message: '申请金额不能超过本项目上限 5,000,000 元' })
      expect(await count('sharing_loans')).toBe(0)
      const loan = (await apply(2_000_000)) as { ok: true; data: { id: number; status: string; creditCode: string } }
      expect(loan.data).toMatchObject({ status: 'submitted', creditCode: '91330206TEST0000X' })
      loanId = loan.data.id
      const offered = await count('notifications', sql`kind = 'loan_offered'`)
      expect(offered).toBe(2) // both partner banks' staff
    })

    test('banks: another bank cannot act; the one that accepts takes it; materials; approval; statistics', async () => {
      const act = (who: { token: string }, input: Record<string, unknown>) =>
        invoke(sharing, 'bankAct', { loanId, ...input }, who.token)
      expect(await act(as.bankC, { act: 'accept' })).toMatchObject({
        ok: false,
        message: '这是其他银行的申请，你无权操作',
      })
      const queueA = await invokeOk(sharing, 'bankQueue', {}, as.bankA.token)
      expect(queueA.items[0]).toMatchObject({ id: loanId, can: ['accept', 'decline'] })
      expect((await act(as.bankA, { act: 'accept' })).ok).toBe(true)
      expect(await act(as.bankB, { act: 'approve', amountYuan: 1 })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        message: '这是其他银行的申请，你无权操作',
      })
      expect((await invokeOk(sharing, 'bankQueue', {}, as.bankB.token)).items).toHaveLength(0)
      const asked = await act(as.bankA, { act: 'request', note: '请补充近两年财务报表' })
      expect(asked).toMatchObject({ ok: true, data: { status: 'materials', materialsNote: '请补充近两年财务报表' } })
      const u = liaisons[0]
      const upload = {
        fileId: `cloud://env.demo/sharing/u${u.id}/report-${Date.now()}.pdf`,
        name: '财务报表.pdf',
        size: 300_000,
        mime: 'application/pdf',
      }
      const foreign = { ...upload, fileId: `cloud://env.demo/sharing/u${u.id + 999}/x.pdf` }
      expect((await invoke(sharing, 'addLoanFiles', { loanId, files: [foreign] }, u.token)).ok).toBe(false)
      const exe = {
        ...upload,
        fileId: `cloud://env.demo/sharing/u${u.id}/x.exe`,
        name: 'x.exe',
        mime: 'application/x-msdownload',
      }
      expect((await invoke(sharing, 'addLoanFiles', { loanId, files: [exe] }, u.token)).ok).toBe(false)
      expect((await invoke(sharing, 'addLoanFiles', { loanId, files: [upload] }, liaisons[1].token)).ok).toBe(false)
      expect(await count('sharing_loan_files')).toBe(0)
      const sent = await invokeOk(sharing, 'addLoanFiles', { loanId, files: [upload] }, u.token)
      expect(sent.files).toHaveLength(1)
      expect(await act(as.bankA, { act: 'approve', amountYuan: 2_000_001 })).toMatchObject({
        ok: false,
        message: '批准金额不能超过申请金额',
      })
      expect(await act(as.bankA, { act: 'approve', amountYuan: 1_500_000 })).toMatchObject({
        ok: true,
        data: { status: 'approved' },
      })
      expect(await act(as.bankA, { act: 'decline', note: '改主意了' })).toMatchObject({ ok: false, code: 'CONFLICT' })
      // A second application, declined by bank B with a reason.
      const second = await invokeOk(
        sharing,
        'applyLoan',
        { programmeId, enterpriseId: firms[2], amountYuan: 800_000, purpose: '流动资金', bankId: ids.bankB },
        liaisons[2].token,
      )
      expect((await invoke(sharing, 'bankAct', { loanId: second.id, act: 'accept' }, as.bankA.token)).ok).toBe(false)
      expect(
        await invoke(sharing, 'bankAct', { loanId: second.id, act: 'decline', note: '' }, as.bankB.token),
      ).toMatchObject({ ok: false })
      expect(
        (await invoke(sharing, 'bankAct', { loanId: second.id, act: 'decline', note: '抵押物不足' }, as.bankB.token))
          .ok,
      ).toBe(true)

      const mine = await invokeOk(sharing, 'myLoans', {}, liaisons[2].token)
      expect(mine.items[0]).toMatchObject({ status: 'declined', reason: '抵押物不足', bank: '乙银行北仑支行' })
      const told = await count('notifications', sql`kind = 'loan_status' and user_id = ${liaisons[0].id}`)
      expect(told).toBe(3) // accepted, materials asked, approved
      const stats = await invokeOk(sharing, 'loanStats', {}, as.worker.token)
      expect(stats).toMatchObject({
        applications: 2,
        approvals: 1,
        declined: 1,
        pending: 0,
        appliedYuan: 2_800_000,
        approvedYuan: 1_500_000,
      })
      // The programme, then accept, materials, approve (bank A) and decline (bank B).
      expect(await count('audit_log', sql`action like 'sharing.loan.%'`)).toBe(5)
      const x = await invokeOk(sharing, 'exportLoans', { format: 'csv' }, as.worker.token)
      expect(Buffer.from(x.base64, 'base64').toString('utf8')).toContain('抵押物不足')
    })

    test('two banks accepting the same open application at once: one takes it', async () => {
      const open = await invokeOk(
        sharing,
        'applyLoan',
        { programmeId, enterpriseId: firms[3], amountYuan: 100_000, purpose: '设备更新' },
        liaisons[3].token,
      )
      const [a, b] = await Promise.all([
        invoke(sharing, 'bankAct', { loanId: open.id, act: 'accept' }, as.bankA.token),
        invoke(sharing, 'bankAct', { loanId: open.id, act: 'accept' }, as.bankB.token),
      ])
      expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    })
  })

  describe('免费专利', () => {
    const header = '专利号,专利名称,技术领域,产业链,法律状态\r\n'
    const rows = [
      `${appNo('202110000001')},高矫顽力钕铁硼磁体制备方法,稀土永磁,新材料,授权`,
      `${appNo('202110000002')},磁钢表面防腐涂层,表面处理,新材料,授权`,
      `${appNo('202210000003')},电机转子磁路优化结构,电机,汽车零部件,授权`,
    ]
    const importAs = (token: string, text: string, departmentId = ids.nimte) =>
      invoke(sharing, 'importPatents', { departmentId, file: { name: '专利.csv', base64: b64(header + text) } }, token)

    test('patent numbers: check character and formats', () => {
      expect(checkPatentNumber(appNo('202110000001'))).toEqual({ number: appNo('202110000001') })
      expect('error' in checkPatentNumber('ZL202110000001.0') || patentCheckChar('202110000001') === '0').toBe(true)
      expect(checkPatentNumber('CN114123456B')).toEqual({ number: 'CN114123456B' })
      expect('error' in checkPatentNumber('12345')).toBe(true)
    })

    test('an import with a bad number writes nothing; another department cannot import for the institute', async () => {
      expect(await importAs(as.rsj.token, rows.join('\r\n'))).toMatchObject({ code: 'FORBIDDEN' })
      const bad = await importAs(as.institute.token, [...rows, '专利12345,坏号码,x,y,z'].join('\r\n'))
      expect(bad).toMatchObject({ ok: true, data: { created: 0, errors: [{ row: 5 }] } })
      expect(bad.ok && bad.data.errors[0].message).toContain('专利号“专利12345”格式不正确')
      expect(await count('sharing_patents')).toBe(0)
      // The panel's check: the counts it would make, nothing written.
      const checked = await invoke(
        sharing,
        'importPatents',
        { departmentId: ids.nimte, file: { name: '专利.csv', base64: b64(header + rows.join('\r\n')) }, dryRun: true },
        as.institute.token,
      )
      expect(checked).toMatchObject({ ok: true, data: { created: 3, updated: 0, errors: [] } })
      expect(await count('sharing_patents')).toBe(0)
      expect(await count('audit_log', sql`action = 'sharing.patent.import'`)).toBe(0)
      const ok = await importAs(as.institute.token, rows.join('\r\n'))
      expect(ok).toMatchObject({ ok: true, data: { created: 3, updated: 0, errors: [] } })
      expect(await count('audit_log', sql`action = 'sharing.patent.import'`)).toBe(1)
    })

    test('enterprises tick once per patent; the institute sees ticks and marks an agreement', async () => {
      const list = await invokeOk(sharing, 'patents', { field: '稀土永磁' }, liaisons[0].token)
      expect(list.items).toHaveLength(1)
      expect(list.canTick).toBe(true)
      const pid = list.items[0].id
      expect(
        await invokeOk(sharing, 'tickPatent', { patentId: pid, enterpriseId: firms[0] }, liaisons[0].token),
      ).toEqual({ picks: 1 })
      expect(
        await invoke(sharing, 'tickPatent', { patentId: pid, enterpriseId: firms[0] }, liaisons[0].token),
      ).toMatchObject({
        ok: false,
        message: '测试企业0已勾选过「高矫顽力钕铁硼磁体制备方法」，不能重复勾选',
      })
      expect(
        (await invoke(sharing, 'tickPatent', { patentId: pid, enterpriseId: firms[0] }, as.stranger.token)).ok,
      ).toBe(false)
      await invokeOk(sharing, 'tickPatent', { patentId: pid, enterpriseId: firms[1] }, liaisons[1].token)
      expect(await count('sharing_patent_picks')).toBe(2)
      const mine = await invokeOk(sharing, 'patents', { picked: true }, liaisons[0].token)
      expect(mine.items.map((p: { id: number }) => p.id)).toEqual([pid])

      expect(await invoke(sharing, 'patentTicks', { departmentId: ids.nimte }, as.rsj.token)).toMatchObject({
        code: 'FORBIDDEN',
      })
      const ticks = await invokeOk(sharing, 'patentTicks', { departmentId: ids.nimte }, as.institute.token)
      expect(ticks.items[0].ticks.map((t: { enterprise: string }) => t.enterprise)).toEqual(['测试企业0', '测试企业1'])
      expect(
        (await invoke(sharing, 'markAgreement', { patentId: pid, enterpriseId: firms[0], signed: true }, as.rsj.token))
          .ok,
      ).toBe(false)
      await invokeOk(
        sharing,
        'markAgreement',
        { patentId: pid, enterpriseId: firms[0], signed: true },
        as.institute.token,
      )
      const after = await invokeOk(sharing, 'patentTicks', { departmentId: ids.nimte }, as.institute.token)
      expect(after.byEnterprise).toContainEqual({ enterprise: '测试企业0', picked: 1, agreements: 1 })
      expect(await count('notifications', sql`kind = 'patent_agreement' and user_id = ${liaisons[0].id}`)).toBe(1)
      const x = await invokeOk(
        sharing,
        'exportPatentTicks',
        { departmentId: ids.nimte, format: 'xlsx' },
        as.institute.token,
      )
      expect(x.rows).toBe(2)
    })
  })

  describe('项目目录', () => {
    test('projects link to their flows; others file a prefilled demand', async () => {
      const save = (name: string, flow: string, extra = {}) =>
        invoke(sharing, 'saveProject', { communityId: ids.lingfeng, name, flow, ...extra }, as.worker.token)
      expect(
        (
          await invoke(
            sharing,
            'saveProject',
            { communityId: ids.lingfeng, name: '绿电享', flow: 'power' },
            liaisons[0].token,
          )
        ).ok,
      ).toBe(false)
      expect((await save('绿电享', 'power')).ok).toBe(true)
      expect((await save('共享员工', 'jobs')).ok).toBe(true)
      expect((await save('共享仓储', 'demand', { demandCategory: 'nonsense' })).ok).toBe(false)
      expect((await save('共享仓储', 'demand', { demandCategory: 'land' })).ok).toBe(true)
      expect((await save('绿电享', 'loan')).ok).toBe(false)
      const p = await invokeOk(sharing, 'projects', { communityId: ids.lingfeng })
      const path = (name: string) => p.items.find((i: { name: string }) => i.name === name).path
      // The edit form reads what was saved; only the community's staff get the categories to choose from.
      expect(p).toMatchObject({ canEdit: false, demandCategories: [] })
      const staff = await invokeOk(sharing, 'projects', { communityId: ids.lingfeng }, as.worker.token)
      expect(staff.canEdit).toBe(true)
      expect(staff.demandCategories).toContainEqual({ key: 'land', label: '用地' })
      expect(staff.items.find((i: { name: string }) => i.name === '共享仓储')).toMatchObject({
        flow: 'demand',
        demandCategory: 'land',
      })
      expect(path('绿电享')).toBe('/subpackages/sharing/round')
      expect(path('共享员工')).toBe('/subpackages/jobs/index')
      expect(decodeURIComponent(path('共享仓储'))).toBe(
        '/subpackages/demands/file?category=land&title=参加「共享仓储」',
      )
    })
  })
})
