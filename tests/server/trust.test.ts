import { main as admin } from '../../cloudfunctions/admin/index'
import { main as talent } from '../../cloudfunctions/talent/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { personWith } from '../helpers/grants'
import { challengeInput, expertProfile } from '../helpers/talent'

// Issue 22: what a hostile client found in the features added since the last hardening.
const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')

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
})
