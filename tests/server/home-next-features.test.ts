import { main as community } from '../../cloudfunctions/community/index'
import { main as fairs } from '../../cloudfunctions/fairs/index'
import { main as jobs } from '../../cloudfunctions/jobs/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { jobsPlace, postingInput } from '../helpers/jobs'
import { personWith } from '../helpers/talent'

// Monday 2026-11-23 10:00 in Shanghai; the demo's next 1860青年公社 fair is Wednesday 14:00.
const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')
jest.setTimeout(60_000)

type Next = { label: string; title: string; at: string; url: string }

describeEachDatabase('home: 接下来 gathers the newer features too (fairs, gig shifts)', (ctx) => {
  const { invokeOk, demoToken } = ctx
  beforeAll(() => ctx.setNow(NOW))
  withDemoContent(ctx)
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('the demo worker registered for Wednesday’s fair sees it, linking to the fair', async () => {
    const token = await demoToken(user, 'worker')
    const { items } = await invokeOk(fairs, 'list', {})
    const fair = items.find((f: { title: string }) => f.title.startsWith('1860青年公社'))
    const { next } = await invokeOk(community, 'home', {}, token)
    expect(next).toContainEqual(
      expect.objectContaining({
        label: '招聘会报名',
        url: `/subpackages/fairs/detail?id=${fair.id}`,
        at: sh('2026-11-25T14:00:00').toISOString(),
      }),
    )
    // Once the fair is over it is gone from the card.
    ctx.setNow(sh('2026-11-25T17:30:00'))
    const later: Next[] = (await invokeOk(community, 'home', {}, token)).next
    expect(later.find((n) => n.url === `/subpackages/fairs/detail?id=${fair.id}`)).toBeUndefined()
  })

  test('a worker hired for a gig shift sees the shift until they check out; one not hired sees nothing', async () => {
    const { communityId, enterpriseId } = await jobsPlace(ctx.db, 'NEXT-G')
    const liaison = await personWith(ctx.db, '钱联络', [{ role: 'enterprise', enterpriseId }])
    const shegong = await personWith(ctx.db, '孙社工', [{ role: 'social_worker', communityId }], communityId)
    const shift = { startsAt: '2026-11-24T08:00:00+08:00', endsAt: '2026-11-24T17:00:00+08:00' }
    const input = postingInput(enterpriseId, {
      title: '仓库分拣日结',
      kind: 'gig',
      payCents: 2600,
      payUnit: 'hour',
      shifts: [shift],
    })
    const { id } = await invokeOk(jobs, 'savePosting', input, liaison.token)
    await invokeOk(jobs, 'review', { id, approve: true }, shegong.token)
    const shiftId = (await invokeOk(jobs, 'posting', { id })).shifts[0].id
    const hired = await personWith(ctx.db, '周工', [{ role: 'worker' }])
    const applied = await personWith(ctx.db, '吴工', [{ role: 'worker' }])
    const { id: app } = await invokeOk(jobs, 'apply', { postingId: id, shiftIds: [shiftId] }, hired.token)
    await invokeOk(jobs, 'apply', { postingId: id, shiftIds: [shiftId] }, applied.token)
    await invokeOk(jobs, 'decide', { applicationId: app, to: 'hired' }, liaison.token)

    const gig = { label: '零工班次', title: '仓库分拣日结', at: sh('2026-11-24T08:00:00').toISOString() }
    expect((await invokeOk(community, 'home', {}, hired.token)).next).toContainEqual(expect.objectContaining(gig))
    const other: Next[] = (await invokeOk(community, 'home', {}, applied.token)).next
    expect(other.find((n) => n.label === '零工班次')).toBeUndefined()
    // After the shift's end it is behind them.
    ctx.setNow(sh('2026-11-24T17:30:00'))
    const after: Next[] = (await invokeOk(community, 'home', {}, hired.token)).next
    expect(after.find((n) => n.label === '零工班次')).toBeUndefined()
  })
})
