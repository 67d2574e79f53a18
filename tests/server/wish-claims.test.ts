import { main as demands } from '../../cloudfunctions/demands/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { personWith } from '../helpers/grants'

jest.setTimeout(60_000)

const sh = (local: string) => new Date(`${local}+08:00`)
const photo = (owner: number, n = 1) => ({
  fileId: `cloud://env.demo/demands/u${owner}/wish-${n}-${Math.random().toString(36).slice(2)}.jpg`,
  name: `圆梦照片${n}.jpg`,
  size: 180_000,
  mime: 'image/jpeg',
})

describeEachDatabase('微心愿 认领: claim, accept, fulfil, confirm, wall', (ctx) => {
  const { invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let chengtan = 0
  let firm = 0
  let dept = 0
  type P = { id: number; token: string }
  let wisher: P, volunteer: P, liaison: P, clerk: P, sw: P, otherSw: P
  const count = async (table: 'wish_claims' | 'notifications' | 'demand_attachments') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const fingerprint = async () => [
    await count('wish_claims'),
    await count('notifications'),
    await count('demand_attachments'),
  ]
  const postWish = async (title = '想给孩子借几本暑假课外书') =>
    invokeOk(demands, 'postWish', { category: 'schooling', title, description: '' }, wisher.token)
  const told = async (userId: number) =>
    (await ctx.db.selectFrom('notifications').select('kind').where('user_id', '=', userId).orderBy('id').execute()).map(
      (n) => n.kind,
    )

  beforeAll(async () => {
    ctx.setNow(sh('2026-11-23T09:00:00'))
    chengtan = (
      await ctx.db.selectFrom('communities').select('id').where('code', '=', 'XC-CHENGTAN').executeTakeFirstOrThrow()
    ).id
    const lingfeng = (
      await ctx.db.selectFrom('communities').select('id').where('code', '=', 'BL-LINGFENG').executeTakeFirstOrThrow()
    ).id
    firm = (
      await ctx.db
        .selectFrom('enterprises')
        .select('id')
        .where('community_id', '=', chengtan)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id
    dept = (await ctx.db.selectFrom('departments').select('id').orderBy('id').executeTakeFirstOrThrow()).id
    wisher = await personWith(ctx.db, 'rider', { communityId: chengtan }, '骑手 陈小明')
    volunteer = await personWith(ctx.db, 'worker', { communityId: chengtan }, '职工 李志愿')
    liaison = await personWith(ctx.db, 'enterprise', { enterpriseId: firm }, '企业联络员 周经理')
    clerk = await personWith(ctx.db, 'department', { departmentId: dept }, '部门 吴科员')
    sw = await personWith(ctx.db, 'social_worker', { communityId: chengtan }, '澄潭社工 赵')
    otherSw = await personWith(ctx.db, 'social_worker', { communityId: lingfeng }, '灵峰社工 钱')
  })
  afterAll(() => ctx.setNow(null))

  test('a caring merchant claims, the wisher accepts, the merchant fulfils with a photo, the wisher thanks; the wall counts it', async () => {
    ctx.setNow(sh('2026-11-23T09:00:00'))
    const wish = await postWish()
    const seen = await invokeOk(demands, 'wishDetail', { wishId: wish.id }, liaison.token)
    expect(seen.can).toEqual(['claim'])
    expect(seen.claimAs.map((o: { kind: string }) => o.kind)).toEqual(['volunteer', 'enterprise', 'merchant'])
    expect((await invokeOk(demands, 'wishDetail', { wishId: wish.id }, wisher.token)).can).toEqual([])

    const offered = await invokeOk(
      demands,
      'claimWish',
      { wishId: wish.id, kind: 'merchant', orgId: firm, how: '店里有一批课外书，送 10 本', byDate: '2026-11-30' },
      liaison.token,
    )
    expect(offered.claim).toMatchObject({ kindLabel: '爱心商家', status: 'offered', statusLabel: '待心愿人确认' })
    expect(offered.can).toEqual([])
    expect(await told(wisher.id)).toEqual(['wish_claimed'])
    // Someone else now sees it taken: no claim button.
    expect((await invokeOk(demands, 'wishDetail', { wishId: wish.id }, volunteer.token)).can).toEqual([])
    const asWisher = await invokeOk(demands, 'wishDetail', { wishId: wish.id }, wisher.token)
    expect(asWisher.can).toEqual(['accept', 'decline'])

    const accepted = await invokeOk(demands, 'answerClaim', { claimId: offered.claim.id, accept: true }, wisher.token)
    expect(accepted.claim.status).toBe('accepted')
    expect(await told(liaison.id)).toEqual(['wish_claim_answered'])
    expect((await invokeOk(demands, 'wishDetail', { wishId: wish.id }, liaison.token)).can).toEqual(['fulfil'])

    ctx.setNow(sh('2026-11-27T18:00:00'))
    const done = await invokeOk(
      demands,
      'fulfilClaim',
      { claimId: offered.claim.id, photos: [photo(liaison.id)], note: '书已送到驿站' },
      liaison.token,
    )
    expect(done.claim).toMatchObject({ status: 'fulfilled', fulfilNote: '书已送到驿站' })
    expect(done.claim.photos).toHaveLength(1)
    // The fulfilment photo is the claim's, not among the wisher's own photos.
    expect(done.wish.photos).toHaveLength(0)
    expect((await invokeOk(demands, 'wishDetail', { wishId: wish.id }, wisher.token)).can).toEqual(['confirm'])

    const thanked = await invokeOk(
      demands,
      'confirmWish',
      { claimId: offered.claim.id, thanks: '谢谢周老板，孩子很喜欢！' },
      wisher.token,
    )
    expect(thanked.claim.status).toBe('confirmed')
    expect(thanked.fulfilledAt).not.toBeNull()
    expect(await told(wisher.id)).toEqual(['wish_claimed', 'wish_fulfilled'])
    expect(await told(liaison.id)).toEqual(['wish_claim_answered', 'wish_thanked'])
    // Fulfilled: nobody may claim it again.
    expect((await invokeOk(demands, 'wishDetail', { wishId: wish.id }, volunteer.token)).can).toEqual([])

    const wall = await invokeOk(demands, 'wishWall', { communityId: chengtan })
    expect(wall.fulfilled).toBe(1)
    expect(wall.items[0]).toMatchObject({
      wishId: wish.id,
      wisher: '陈**',
      kindLabel: '爱心商家',
      thanks: '谢谢周老板，孩子很喜欢！',
    })
    expect(JSON.stringify(wall)).not.toContain('陈小明')
  })

  test("bad input: own wish, a second live claim, someone else fulfilling, out-of-order steps, another's organisation → Chinese errors, nothing written", async () => {
    ctx.setNow(sh('2026-11-23T10:00:00'))
    const wish = await postWish('下夜班想要一个保温饭盒')
    const claim = (token: string, over: Record<string, unknown> = {}) =>
      invoke(
        demands,
        'claimWish',
        { wishId: wish.id, kind: 'volunteer', how: '我买一个送过去', byDate: '2026-11-28', ...over },
        token,
      )

    let before = await fingerprint()
    expect(await claim(wisher.token)).toMatchObject({ ok: false, code: 'CONFLICT', message: '不能认领自己发布的心愿' })
    expect(await claim(volunteer.token, { kind: 'enterprise', orgId: firm })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '你只能以自己联络的企业的名义认领',
    })
    expect(await claim(volunteer.token, { byDate: '2026-11-20' })).toMatchObject({
      ok: false,
      message: '预计完成日期不能早于今天',
    })
    expect(await fingerprint()).toEqual(before)

    const first = await claim(volunteer.token)
    expect(first.ok).toBe(true)
    before = await fingerprint()
    expect(await claim(clerk.token, { kind: 'department', orgId: dept })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '这个心愿已被认领，请看看其他心愿',
    })
    const claimId = (first as { data: { claim: { id: number } } }).data.claim.id
    // Fulfilling before the wisher accepted, and someone who did not claim it fulfilling.
    expect(
      await invoke(demands, 'fulfilClaim', { claimId, photos: [photo(volunteer.id)] }, volunteer.token),
    ).toMatchObject({
      ok: false,
      message: '心愿人还没有接受你的认领，暂不能标记完成',
    })
    expect(await invoke(demands, 'answerClaim', { claimId, accept: true }, volunteer.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只有发布这个心愿的人可以确认认领',
    })
    await invokeOk(demands, 'answerClaim', { claimId, accept: true }, wisher.token)
    before = await fingerprint()
    expect(await invoke(demands, 'fulfilClaim', { claimId, photos: [photo(clerk.id)] }, clerk.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '这个心愿不是你认领的，不能标记完成',
    })
    expect(await invoke(demands, 'fulfilClaim', { claimId, photos: [] }, volunteer.token)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    expect(await invoke(demands, 'confirmWish', { claimId, thanks: '谢谢你' }, wisher.token)).toMatchObject({
      ok: false,
      message: '认领人还没有标记完成，暂不能确认圆梦',
    })
    expect(await fingerprint()).toEqual(before)
  })

  test('declined: the wish is open again and someone else may claim it', async () => {
    ctx.setNow(sh('2026-11-23T11:00:00'))
    const wish = await postWish('想学几句简单的英语口语')
    const offer = await invokeOk(
      demands,
      'claimWish',
      { wishId: wish.id, kind: 'department', orgId: dept, how: '安排志愿者周末授课', byDate: '2026-12-05' },
      clerk.token,
    )
    const declined = await invokeOk(demands, 'answerClaim', { claimId: offer.claim.id, accept: false }, wisher.token)
    expect(declined.claim.status).toBe('declined')
    expect((await invokeOk(demands, 'wishDetail', { wishId: wish.id }, volunteer.token)).can).toEqual(['claim'])
    const again = await invokeOk(
      demands,
      'claimWish',
      { wishId: wish.id, kind: 'volunteer', how: '我英语专业，可以每周教一次', byDate: '2026-12-01' },
      volunteer.token,
    )
    expect(again.claim).toMatchObject({ status: 'offered', claimer: '李**' })
  })

  test('eight claims at once on one wish: exactly one wins, the others hear it is taken', async () => {
    ctx.setNow(sh('2026-11-23T12:00:00'))
    const wish = await postWish('宿舍想要一个晾衣架')
    const people = await Promise.all(
      Array.from({ length: 8 }, (_, i) => personWith(ctx.db, 'worker', { communityId: chengtan }, `职工 并发${i}`)),
    )
    const answers = await Promise.all(
      people.map((p) =>
        invoke(
          demands,
          'claimWish',
          { wishId: wish.id, kind: 'volunteer', how: '我来送一个', byDate: '2026-11-25' },
          p.token,
        ),
      ),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(answers.filter((a) => !a.ok && a.code === 'CONFLICT')).toHaveLength(7)
    const rows = await ctx.db.selectFrom('wish_claims').select('id').where('wish_id', '=', wish.id).execute()
    expect(rows).toHaveLength(1)
    expect(await told(wisher.id)).toEqual(expect.arrayContaining(['wish_claimed']))
  })

  test("wishes nobody claimed for 14 days surface to the community's social worker, oldest first", async () => {
    ctx.setNow(sh('2026-11-01T09:00:00'))
    const old = await postWish('想要一张社区篮球场的月卡')
    ctx.setNow(sh('2026-11-20T09:00:00'))
    const recent = await postWish('想要一把雨伞放在驿站')
    ctx.setNow(sh('2026-11-23T13:00:00'))
    const stale = await invokeOk(demands, 'staleWishes', { communityId: chengtan }, sw.token)
    const ids = stale.items.map((w: { id: number }) => w.id)
    expect(ids).toContain(old.id)
    expect(ids).not.toContain(recent.id)
    expect(await invoke(demands, 'staleWishes', { communityId: chengtan }, otherSw.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    // Once claimed, it no longer needs looking after.
    await invokeOk(
      demands,
      'claimWish',
      { wishId: old.id, kind: 'volunteer', how: '我有一张多的月卡', byDate: '2026-11-30' },
      volunteer.token,
    )
    const after = await invokeOk(demands, 'staleWishes', { communityId: chengtan }, sw.token)
    expect(after.items.map((w: { id: number }) => w.id)).not.toContain(old.id)
  })

  test("leaving: a volunteer's own claims and their photos go; an organisation's fulfilled claim stays on the wall, no longer theirs", async () => {
    ctx.setNow(sh('2026-11-24T09:00:00'))
    const giver = await personWith(ctx.db, 'worker', { communityId: chengtan }, '职工 将离开')
    const a = await postWish('想要一个台灯')
    const mine = await invokeOk(
      demands,
      'claimWish',
      { wishId: a.id, kind: 'volunteer', how: '我送一个', byDate: '2026-11-30' },
      giver.token,
    )
    await invokeOk(demands, 'answerClaim', { claimId: mine.claim.id, accept: true }, wisher.token)
    await invokeOk(demands, 'fulfilClaim', { claimId: mine.claim.id, photos: [photo(giver.id)] }, giver.token)
    const b = await postWish('想要一把折叠椅')
    const firmClaim = await invokeOk(
      demands,
      'claimWish',
      { wishId: b.id, kind: 'enterprise', orgId: firm, how: '企业捐赠', byDate: '2026-11-30' },
      liaison.token,
    )
    await invokeOk(demands, 'answerClaim', { claimId: firmClaim.claim.id, accept: true }, wisher.token)
    await invokeOk(demands, 'fulfilClaim', { claimId: firmClaim.claim.id, photos: [photo(liaison.id)] }, liaison.token)
    await invokeOk(demands, 'confirmWish', { claimId: firmClaim.claim.id, thanks: '谢谢企业' }, wisher.token)

    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, giver.token)).toEqual({ deleted: true })
    expect(await ctx.db.selectFrom('wish_claims').select('id').where('id', '=', mine.claim.id).execute()).toEqual([])
    expect(
      await ctx.db.selectFrom('demand_attachments').select('id').where('claim_id', '=', mine.claim.id).execute(),
    ).toEqual([])
    // The wish is open again for someone else.
    expect((await invokeOk(demands, 'wishDetail', { wishId: a.id }, volunteer.token)).can).toEqual(['claim'])

    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, liaison.token)).toEqual({ deleted: true })
    const kept = await ctx.db
      .selectFrom('wish_claims')
      .select(['claimer_id', 'claimer_label', 'status'])
      .where('id', '=', firmClaim.claim.id)
      .executeTakeFirstOrThrow()
    expect(kept).toMatchObject({ claimer_id: null, status: 'confirmed' })
    const wall = await invokeOk(demands, 'wishWall', { communityId: chengtan })
    expect(wall.items.map((i: { wishId: number }) => i.wishId)).toContain(b.id)
  })
})
