import { main as fairs } from '../../cloudfunctions/fairs/index'
import { main as jobs } from '../../cloudfunctions/jobs/index'
import { describeEachDatabase } from '../helpers/databases'
import { jobsPlace, postingInput } from '../helpers/jobs'
import { personWith } from '../helpers/talent'

// 零工市场统计: a community's postings, applications by status, hires, gig hours, 共享员工
// worker-days and its weekly fairs, made through the real actions, counted for its 社工 only.
const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00') // Monday

describeEachDatabase('jobs: market statistics', (ctx) => {
  const { invoke, invokeOk } = ctx
  afterAll(() => ctx.setNow(null))

  test('per community: postings, applications by status, hires, gig hours, shared worker-days, fairs held', async () => {
    ctx.setNow(NOW)
    const a = await jobsPlace(ctx.db, 'MKT-A')
    const other = await jobsPlace(ctx.db, 'MKT-B')
    const peak = await ctx.db
      .insertInto('enterprises')
      .values({
        name: '旺季物流有限公司',
        credit_code: '913302060000000MK1',
        community_id: a.communityId,
        created_at: NOW,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const liaison = await personWith(ctx.db, '市场联络', [{ role: 'enterprise', enterpriseId: a.enterpriseId }])
    const peakLiaison = await personWith(ctx.db, '旺季联络', [{ role: 'enterprise', enterpriseId: peak.id }])
    const sw = await personWith(ctx.db, '市场社工', [{ role: 'social_worker', communityId: a.communityId }])
    const otherSw = await personWith(ctx.db, '别处社工', [{ role: 'social_worker', communityId: other.communityId }])
    const [w1, w2, w3] = await Promise.all(
      ['求职甲', '求职乙', '求职丙'].map((n) => personWith(ctx.db, n, [{ role: 'worker' }])),
    )

    // Postings: a gig (approved) and a job still waiting for review.
    const shift = { startsAt: '2026-11-24T08:00:00+08:00', endsAt: '2026-11-24T17:00:00+08:00' }
    const { id: gig } = await invokeOk(
      jobs,
      'savePosting',
      postingInput(a.enterpriseId, {
        title: '分拣日结',
        kind: 'gig',
        payCents: 2600,
        payUnit: 'hour',
        shifts: [shift],
      }),
      liaison.token,
    )
    await invokeOk(jobs, 'review', { id: gig, approve: true }, sw.token)
    await invokeOk(jobs, 'savePosting', postingInput(a.enterpriseId), liaison.token)
    const shiftId = (await invokeOk(jobs, 'posting', { id: gig })).shifts[0].id
    const { id: hired } = await invokeOk(jobs, 'apply', { postingId: gig, shiftIds: [shiftId] }, w1.token)
    await invokeOk(jobs, 'decide', { applicationId: hired, to: 'hired' }, liaison.token)
    const { id: viewed } = await invokeOk(jobs, 'apply', { postingId: gig, shiftIds: [shiftId] }, w2.token)
    await invokeOk(jobs, 'decide', { applicationId: viewed, to: 'viewed' }, liaison.token)
    await invokeOk(jobs, 'apply', { postingId: gig, shiftIds: [shiftId] }, w3.token)

    // The weekly fair (Wednesday): one booth, one seeker checked in, one 投递 with 达成意向.
    const { fairIds } = await invokeOk(
      fairs,
      'createSeries',
      {
        communityId: a.communityId,
        title: '零工市场专场招聘会',
        place: '青年公社一楼',
        firstDate: '2026-11-25',
        start: '14:00',
        end: '17:00',
        booths: 3,
        capacity: 10,
        repeat: 'once',
      },
      sw.token,
    )
    const fairId = fairIds[0]
    const position = { title: '包装工', headcount: 5, payLow: 180, payHigh: 220, payUnit: 'day', requirements: '' }
    const booth = await invokeOk(
      fairs,
      'bookBooth',
      { fairId, enterpriseId: a.enterpriseId, positions: [position] },
      liaison.token,
    )
    const entry = await invokeOk(fairs, 'register', { fairId }, w3.token)

    // The gig's hours, confirmed after the shift: 9 h.
    ctx.setNow(sh('2026-11-24T17:30:00'))
    await invokeOk(jobs, 'confirmHours', { applicationId: hired, shiftId, minutes: 540, noShow: false }, liaison.token)

    ctx.setNow(sh('2026-11-25T14:10:00'))
    await invokeOk(fairs, 'checkIn', { fairId, code: entry.code }, sw.token)
    const { code: boothCode } = await invokeOk(fairs, 'myBooth', { boothId: booth.boothId }, liaison.token)
    const { applicationId } = await invokeOk(fairs, 'apply', { boothCode }, w3.token)
    await invokeOk(fairs, 'markIntent', { applicationId }, liaison.token)

    // 共享员工: 5 days, one of the two named workers consents.
    const offer = (token: string, enterpriseId: number, side: string) =>
      invokeOk(
        jobs,
        'shareOffer',
        { enterpriseId, side, headcount: 2, startDate: '2026-12-01', endDate: '2026-12-05' },
        token,
      )
    const { id: lendId } = await offer(liaison.token, a.enterpriseId, 'lend')
    const { id: borrowId } = await offer(peakLiaison.token, peak.id, 'borrow')
    const { id: matchId } = await invokeOk(jobs, 'shareMatch', { lendId, borrowId, headcount: 2 }, sw.token)
    await invokeOk(jobs, 'shareConfirm', { matchId }, liaison.token)
    await invokeOk(jobs, 'shareConfirm', { matchId }, peakLiaison.token)
    await invokeOk(jobs, 'shareAddWorker', { matchId, userId: w1.id }, liaison.token)
    await invokeOk(jobs, 'shareAddWorker', { matchId, userId: w2.id }, liaison.token)
    await invokeOk(jobs, 'shareConsent', { matchId, consent: true }, w1.token)
    await invokeOk(jobs, 'shareConsent', { matchId, consent: false }, w2.token)

    const stats = await invokeOk(jobs, 'marketStats', {}, sw.token)
    expect(stats.communities).toHaveLength(1)
    const row = stats.communities[0]
    expect(row).toMatchObject({
      communityId: a.communityId,
      community: 'MKT-A社区',
      openPostings: 1,
      reviewPostings: 1,
      applications: 3,
      hires: 1,
      gigHours: 9,
      shareMatches: 1,
      sharedWorkerDays: 5,
      fairs: { held: 1, booths: 1, seekers: 1, checkedIn: 1, applications: 1, intents: 1, hires: 0 },
    })
    const by = Object.fromEntries(row.byStatus.map((s: { status: string; count: number }) => [s.status, s.count]))
    expect(by).toEqual({ applied: 1, viewed: 1, interview: 0, hired: 1, rejected: 0, withdrawn: 0 })

    // Another community's 社工 sees their own community, none of this; a worker may not ask.
    const theirs = await invokeOk(jobs, 'marketStats', {}, otherSw.token)
    expect(theirs.communities).toEqual([
      expect.objectContaining({
        community: 'MKT-B社区',
        applications: 0,
        sharedWorkerDays: 0,
        fairs: expect.objectContaining({ held: 0 }),
      }),
    ])
    expect(await invoke(jobs, 'marketStats', {}, w1.token)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
