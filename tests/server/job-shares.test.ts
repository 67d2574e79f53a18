import { main as jobs } from '../../cloudfunctions/jobs/index'
import { describeEachDatabase } from '../helpers/databases'
import { jobsPlace } from '../helpers/jobs'
import { personWith } from '../helpers/talent'

const NOW = new Date('2026-11-23T10:00:00+08:00')

describeEachDatabase('jobs: 共享员工', (ctx) => {
  const { invoke, invokeOk } = ctx
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('slack lends to peak: the 社工 matches, both enterprises confirm, each worker consents; worker-days counted', async () => {
    const a = await jobsPlace(ctx.db, 'SHARE-A')
    const b = await ctx.db
      .insertInto('enterprises')
      .values({
        name: '高峰电子有限公司',
        credit_code: '913302060000000SB1',
        community_id: a.communityId,
        created_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const lender = await personWith(ctx.db, '淡季联络', [{ role: 'enterprise', enterpriseId: a.enterpriseId }])
    const borrower = await personWith(ctx.db, '旺季联络', [{ role: 'enterprise', enterpriseId: b.id }])
    const sw = await personWith(ctx.db, '对接社工', [{ role: 'social_worker', communityId: a.communityId }])
    const w1 = await personWith(ctx.db, '借出员工甲', [{ role: 'worker' }])
    const w2 = await personWith(ctx.db, '借出员工乙', [{ role: 'worker' }])

    expect(
      await invoke(
        jobs,
        'shareOffer',
        { enterpriseId: a.enterpriseId, side: 'lend', headcount: 3, startDate: '2026-12-10', endDate: '2026-12-01' },
        lender.token,
      ),
    ).toMatchObject({ ok: false, message: '结束日期不能早于开始日期' })
    expect(
      await invoke(
        jobs,
        'shareOffer',
        { enterpriseId: a.enterpriseId, side: 'lend', headcount: 3, startDate: '2026-12-01', endDate: '2026-12-10' },
        borrower.token,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' })
    const { id: lendId } = await invokeOk(
      jobs,
      'shareOffer',
      { enterpriseId: a.enterpriseId, side: 'lend', headcount: 3, startDate: '2026-12-01', endDate: '2026-12-10' },
      lender.token,
    )
    const { id: borrowId } = await invokeOk(
      jobs,
      'shareOffer',
      { enterpriseId: b.id, side: 'borrow', headcount: 2, startDate: '2026-12-05', endDate: '2026-12-20' },
      borrower.token,
    )
    expect(await invoke(jobs, 'shareMatch', { lendId, borrowId, headcount: 3 }, sw.token)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/人数不能超过/),
    })
    expect(await invoke(jobs, 'shareMatch', { lendId, borrowId, headcount: 2 }, lender.token)).toMatchObject({
      code: 'FORBIDDEN',
    })
    const { id: matchId } = await invokeOk(jobs, 'shareMatch', { lendId, borrowId, headcount: 2 }, sw.token)
    // The period is the overlap: 12-05 … 12-10, 6 days.
    let board = await invokeOk(jobs, 'shareBoard', {}, sw.token)
    expect(board.matches[0]).toMatchObject({
      startDate: '2026-12-05',
      endDate: '2026-12-10',
      headcount: 2,
      workerDays: 0,
    })

    await invokeOk(jobs, 'shareConfirm', { matchId }, lender.token)
    expect(await invoke(jobs, 'shareConfirm', { matchId }, lender.token)).toMatchObject({ code: 'CONFLICT' })
    await invokeOk(jobs, 'shareConfirm', { matchId }, borrower.token)
    expect(await invoke(jobs, 'shareAddWorker', { matchId, userId: w1.id }, borrower.token)).toMatchObject({
      code: 'FORBIDDEN',
    })
    await invokeOk(jobs, 'shareAddWorker', { matchId, userId: w1.id }, lender.token)
    await invokeOk(jobs, 'shareAddWorker', { matchId, userId: w2.id }, lender.token)
    const w3 = await personWith(ctx.db, '借出员工丙', [{ role: 'worker' }])
    expect(await invoke(jobs, 'shareAddWorker', { matchId, userId: w3.id }, lender.token)).toMatchObject({
      code: 'FULL',
    })
    expect((await invokeOk(jobs, 'shareBoard', {}, w1.token)).matches[0].can).toEqual(['consent'])
    await invokeOk(jobs, 'shareConsent', { matchId, consent: true }, w1.token)
    await invokeOk(jobs, 'shareConsent', { matchId, consent: false }, w2.token)
    expect(await invoke(jobs, 'shareConsent', { matchId, consent: true }, w2.token)).toMatchObject({ code: 'CONFLICT' })
    expect(await invoke(jobs, 'shareConsent', { matchId, consent: true }, w3.token)).toMatchObject({
      code: 'NOT_FOUND',
    })
    board = await invokeOk(jobs, 'shareBoard', {}, sw.token)
    expect(board.matches[0]).toMatchObject({
      lenderConfirmed: true,
      borrowerConfirmed: true,
      workerDays: 6,
      workers: [
        { name: expect.stringMatching(/^借\*/), consent: 'consented' },
        { name: expect.stringMatching(/^借\*/), consent: 'declined' },
      ],
    })
    const stats = await invokeOk(jobs, 'shareStats', {}, sw.token)
    expect(stats.communities).toEqual([{ community: 'SHARE-A社区', matches: 1, workerDays: 6 }])
  })

  test('the board says who may do what; the lender names a worker by phone and the worker is sent to consent', async () => {
    const a = await jobsPlace(ctx.db, 'SHARE-B')
    const b = await ctx.db
      .insertInto('enterprises')
      .values({
        name: '旺季包装有限公司',
        credit_code: '913302060000000SB2',
        community_id: a.communityId,
        created_at: NOW,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const other = await jobsPlace(ctx.db, 'SHARE-C')
    const lender = await personWith(ctx.db, '借出联络', [{ role: 'enterprise', enterpriseId: a.enterpriseId }])
    const borrower = await personWith(ctx.db, '借入联络', [{ role: 'enterprise', enterpriseId: b.id }])
    const sw = await personWith(ctx.db, '本社区社工', [{ role: 'social_worker', communityId: a.communityId }])
    const otherSw = await personWith(ctx.db, '外社区社工', [{ role: 'social_worker', communityId: other.communityId }])
    const worker = await personWith(ctx.db, '共享员工丁', [{ role: 'worker' }])
    await ctx.db.updateTable('users').set({ phone: '13700007777' }).where('id', '=', worker.id).execute()

    const offer = (token: string, enterpriseId: number, side: 'lend' | 'borrow') =>
      invokeOk(
        jobs,
        'shareOffer',
        { enterpriseId, side, headcount: 2, startDate: '2026-12-01', endDate: '2026-12-07' },
        token,
      )
    const { id: lendId } = await offer(lender.token, a.enterpriseId, 'lend')
    const { id: borrowId } = await offer(borrower.token, b.id, 'borrow')

    // The liaison offers for their own enterprise and sees its offer, without a match button.
    const mine = await invokeOk(jobs, 'shareBoard', {}, lender.token)
    expect(mine.can).toEqual(['offer'])
    expect(mine.enterprises).toEqual([{ id: a.enterpriseId, name: expect.any(String) }])
    expect(mine.offers.map((o: { id: number }) => o.id)).toEqual([lendId])
    expect(mine.offers[0].can).toEqual([])
    // The community's 社工 sees both sides, each open one matchable; another community's sees neither.
    const desk = await invokeOk(jobs, 'shareBoard', {}, sw.token)
    expect(desk.can).toEqual(['match', 'stats'])
    expect(desk.offers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: lendId, side: 'lend', community: 'SHARE-B社区', can: ['match'] }),
        expect.objectContaining({ id: borrowId, side: 'borrow', can: ['match'] }),
      ]),
    )
    expect((await invokeOk(jobs, 'shareBoard', {}, otherSw.token)).offers).toEqual([])
    // A worker with nothing to do sees nothing and may do nothing.
    expect(await invokeOk(jobs, 'shareBoard', {}, worker.token)).toEqual({
      offers: [],
      matches: [],
      enterprises: [],
      can: [],
    })

    const { id: matchId } = await invokeOk(jobs, 'shareMatch', { lendId, borrowId, headcount: 2 }, sw.token)
    expect(
      (await invokeOk(jobs, 'shareBoard', {}, sw.token)).offers.every((o: { can: string[] }) => o.can.length === 0),
    ).toBe(true)
    expect((await invokeOk(jobs, 'shareBoard', {}, lender.token)).matches[0].can).toEqual(['confirm', 'addWorker'])
    expect((await invokeOk(jobs, 'shareBoard', {}, borrower.token)).matches[0].can).toEqual(['confirm'])

    // By phone: unknown, then the worker's; the notice opens the consent page of this match.
    expect(await invoke(jobs, 'shareAddWorker', { matchId, phone: '13700000000' }, lender.token)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '没有找到用这个手机号注册的用户，请让员工先登录链社',
    })
    expect(await invoke(jobs, 'shareAddWorker', { matchId }, lender.token)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    await invokeOk(jobs, 'shareAddWorker', { matchId, phone: '13700007777' }, lender.token)
    const notice = await ctx.db
      .selectFrom('notifications')
      .select(['page'])
      .where('user_id', '=', worker.id)
      .executeTakeFirstOrThrow()
    expect(notice.page).toBe(`/subpackages/jobs/share?matchId=${matchId}`)
    const seen = await invokeOk(jobs, 'shareBoard', {}, worker.token)
    expect(seen.matches).toEqual([
      expect.objectContaining({
        id: matchId,
        workers: [{ name: expect.stringMatching(/^共\*/), consent: 'pending' }],
        can: ['consent'],
      }),
    ])
    await invokeOk(jobs, 'shareConsent', { matchId, consent: true }, worker.token)
    expect((await invokeOk(jobs, 'shareBoard', {}, worker.token)).matches[0].can).toEqual([])
  })
})
