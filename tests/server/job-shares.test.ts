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
})
