import { main as policies } from '../../cloudfunctions/policies/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'
import { policyInput } from '../helpers/policies'

const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')

describeEachDatabase('policies: new-match and deadline notifications', (ctx) => {
  const { demoToken, invokeOk } = ctx
  withDemoContent(ctx)
  let staff: string
  let young: { id: number; token: string }
  let old: { id: number; token: string }
  let blank: { id: number; token: string }

  const tick = async (at: Date) => {
    ctx.setNow(at)
    const r = (await policies(
      { Type: 'Timer', TriggerName: 'sweep', Time: at.toISOString() },
      { lianshe: { runtime: ctx.runtime, trigger: true } },
    )) as { ok: boolean; data: { result: Record<string, number> } }
    expect(r.ok).toBe(true)
    return r.data.result
  }
  const notices = (kind: string, userId: number) =>
    ctx.db
      .selectFrom('notifications')
      .select(['data', 'page', 'due_at', 'event_key'])
      .where('kind', '=', kind)
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()

  beforeAll(async () => {
    ctx.setNow(NOW)
    staff = await demoToken(user, 'social_worker')
    ;[young, old, blank] = await signedInUsers(ctx.db, 3, 'entrepreneur')
    await invokeOk(policies, 'saveProfile', { facts: { birthYear: 1999, residence: 'beilun' } }, young.token)
    await invokeOk(policies, 'saveProfile', { facts: { birthYear: 1980, residence: 'beilun' } }, old.token)
    await invokeOk(policies, 'saveProfile', { facts: { residence: 'beilun' } }, blank.token)
  })
  afterAll(() => ctx.setNow(null))

  test('a new policy tells the people it matches, once; a changed one tells them again; no match, no message', async () => {
    const rule = {
      all: [
        { fact: 'age', op: 'lte', value: 35 },
        { fact: 'residence', op: 'in', value: ['beilun'] },
      ],
    }
    const { id } = await invokeOk(
      policies,
      'save',
      { policy: policyInput('N-NEW', { title: '北仑青年新政测试', conditions: rule }) },
      staff,
    )
    // Nobody is told inside the save: the timer works out matches (an import may bring hundreds).
    expect(await notices('policy_matched', young.id)).toEqual([])
    const first = await tick(sh('2026-11-23T10:10:00'))
    expect(first.policies).toBeGreaterThanOrEqual(1)
    const told = await notices('policy_matched', young.id)
    expect(told).toMatchObject([
      {
        data: { title: '北仑青年新政测试', what: '新政策', count: 1 },
        page: `/subpackages/policies/detail?id=${id}`,
      },
    ])
    // Too old, or missing a fact (可能符合): not told.
    expect(await notices('policy_matched', old.id)).toEqual([])
    expect(await notices('policy_matched', blank.id)).toEqual([])
    // The next tick has nothing new.
    expect((await tick(sh('2026-11-23T10:20:00'))).policies).toBe(0)
    expect(await notices('policy_matched', young.id)).toHaveLength(1)
    const count = (await invokeOk(policies, 'staffList', { q: 'N-NEW' }, staff)).items[0].matches
    expect(count).toBe(1)

    // A new version: the matched person is told it changed; raising the age limit now matches the older one.
    await invokeOk(
      policies,
      'save',
      {
        id,
        policy: policyInput('N-NEW', {
          title: '北仑青年新政测试',
          conditions: { all: [{ fact: 'age', op: 'lte', value: 50 }, rule.all[1]] },
        }),
      },
      staff,
    )
    await tick(sh('2026-11-23T10:30:00'))
    expect((await notices('policy_matched', young.id)).map((n) => (n.data as { what: string }).what)).toEqual([
      '新政策',
      '政策更新',
    ])
    expect((await notices('policy_matched', old.id)).map((n) => (n.data as { what: string }).what)).toEqual([
      '政策更新',
    ])
    expect((await invokeOk(policies, 'staffList', { q: 'N-NEW' }, staff)).items[0].matches).toBe(2)
  })

  test('many new matches at once are one message pointing to 我能享受', async () => {
    const [p] = await signedInUsers(ctx.db, 1, 'entrepreneur')
    await invokeOk(policies, 'saveProfile', { facts: { industry: 'logistics', companyPlace: 'zhenhai' } }, p.token)
    for (let i = 1; i <= 5; i++) {
      await invokeOk(
        policies,
        'save',
        {
          policy: policyInput(`N-MANY-${i}`, {
            conditions: { all: [{ fact: 'industry', op: 'in', value: ['logistics'] }] },
          }),
        },
        staff,
      )
    }
    await tick(sh('2026-11-23T11:00:00'))
    expect(await notices('policy_matched', p.id)).toMatchObject([
      { data: { count: 5 }, page: '/subpackages/policies/benefits' },
    ])
  })

  test('a favourite is reminded before its deadline, from 09:00, once; staff are warned of policies ending', async () => {
    const [p] = await signedInUsers(ctx.db, 1, 'entrepreneur')
    const { id } = await invokeOk(
      policies,
      'save',
      { policy: policyInput('N-DUE', { title: '即将截止的测试政策', closesOn: '2026-11-30' }) },
      staff,
    )
    await invokeOk(policies, 'favourite', { policyId: id, on: true }, p.token)
    await tick(sh('2026-11-26T07:00:00')) // four days before: nothing yet
    expect(await notices('policy_deadline', p.id)).toEqual([])
    await tick(sh('2026-11-27T07:00:00')) // three days before, early morning: queued for 09:00
    const due = await notices('policy_deadline', p.id)
    expect(due).toMatchObject([{ data: { title: '即将截止的测试政策', closesOn: '2026-11-30', daysLeft: 3 } }])
    expect(new Date(due[0].due_at).toISOString()).toBe(sh('2026-11-27T09:00:00').toISOString())
    await tick(sh('2026-11-28T12:00:00'))
    await tick(sh('2026-11-30T12:00:00'))
    expect(await notices('policy_deadline', p.id)).toHaveLength(1)
    // The social worker who wrote it was warned a week ahead (once).
    const sw = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'demo_shegong')
      .executeTakeFirstOrThrow()
    const warned = (await notices('policy_expiring', sw.id)).filter(
      (n) => (n.data as { title: string }).title === '即将截止的测试政策',
    )
    expect(warned).toHaveLength(1)
    // Staff see it among the expiry warnings.
    ctx.setNow(sh('2026-11-28T12:00:00'))
    const warnings = await invokeOk(policies, 'staffList', { warnings: true }, staff)
    expect(warnings.items.map((x: { code: string }) => x.code)).toContain('N-DUE')
    expect(warnings.closingSoon).toBeGreaterThan(0)
  })
})
