import { main as activities } from '../../cloudfunctions/activities/index'
import { main as talent } from '../../cloudfunctions/talent/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'
import { challengeInput, expertProfile, personWith } from '../helpers/talent'

const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')
const DEADLINE = '2026-12-20'

describeEachDatabase('talent: the challenge board', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let liaison: string
  let enterpriseId: number
  let lingfengId: number
  let otherEnterpriseId: number
  let zhangId: number
  const notes = (kind: string) =>
    ctx.db.selectFrom('notifications').select(['user_id', 'data']).where('kind', '=', kind).orderBy('id').execute()
  const post = async (extra: Record<string, unknown> = {}, token = liaison) =>
    (await invokeOk(talent, 'postChallenge', { enterpriseId, ...challengeInput(DEADLINE, extra) }, token)).id as number
  /** An expert with a profile who accepted the challenge's terms. */
  const readyExpert = async (challengeId: number, name = '测试专家') => {
    const [p] = await signedInUsers(ctx.db, 1, 'expert')
    await ctx.db.updateTable('users').set({ display_name: name }).where('id', '=', p.id).execute()
    await invokeOk(talent, 'saveProfile', expertProfile(), p.token)
    await invokeOk(talent, 'acceptTerms', { challengeId }, p.token)
    return p
  }
  const take = (challengeId: number, token: string, extra: Record<string, unknown> = {}) =>
    invoke(
      talent,
      'take',
      { challengeId, proposal: '先做磨削工况测量，再给出参数窗口。', timeline: '8 周', priceYuan: 100000, ...extra },
      token,
    )
  /** 技术论证会 on 30 November, 14:00–16:00, by the posting enterprise. */
  const holdReview = (challengeId: number) =>
    invokeOk(
      talent,
      'holdReview',
      {
        challengeId,
        startsAt: sh('2026-11-30T14:00:00').toISOString(),
        endsAt: sh('2026-11-30T16:00:00').toISOString(),
        address: '灵峰社区党群服务中心二楼',
      },
      liaison,
    )

  beforeAll(async () => {
    ctx.setNow(NOW)
    liaison = await demoToken(user, 'enterprise')
    enterpriseId = (
      await ctx.db
        .selectFrom('enterprises')
        .select('id')
        .where('name', '=', '宁波灵峰精密机械有限公司（示例）')
        .executeTakeFirstOrThrow()
    ).id
    lingfengId = (
      await ctx.db.selectFrom('communities').select('id').where('code', '=', 'BL-LINGFENG').executeTakeFirstOrThrow()
    ).id
    otherEnterpriseId = (
      await ctx.db
        .selectFrom('enterprises')
        .select('id')
        .where('name', '=', '宁波港城模具科技有限公司（示例）')
        .executeTakeFirstOrThrow()
    ).id
    zhangId = (
      await ctx.db
        .selectFrom('users')
        .select('id')
        .where('demo', '=', true)
        .where('role', '=', 'enterprise')
        .executeTakeFirstOrThrow()
    ).id
  })
  beforeEach(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('statistics come from the records: the seeded history reproduces the texts’ figures (first, before the other tests add records)', async () => {
    const stats = await invokeOk(talent, 'stats', {})
    const beilun = stats.districts.find((d: { district: string }) => d.district === '宁波市北仑区')
    // Every community of the district is a row of it (the seed's count grows as features add 横河 and others).
    const { n } = await ctx.db
      .selectFrom('communities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('district', '=', '宁波市北仑区')
      .executeTakeFirstOrThrow()
    expect(beilun).toMatchObject({ communities: Number(n), teams: 52, reviews: 35, overseasMatched: 90 })
    // Challenges solved are example counts (示例): the texts' 255 are 2021 overseas-engineer problems, quoted.
    expect(beilun.solved).toBeGreaterThanOrEqual(80)
    const xinchang = stats.districts.find((d: { district: string }) => d.district === '绍兴市新昌县')
    expect(xinchang).toMatchObject({ teams: 5, taken: 11, dualAppointed: 8 })
    expect(stats.demoHistory).toBeGreaterThanOrEqual(250) // 103 challenges, 57 teams, 90 introductions, needs
    const lingfeng = stats.communities.find((c: { id: number }) => c.id === lingfengId)
    const before = lingfeng.posted
    await post({ title: '统计用榜单' })
    expect(
      (await invokeOk(talent, 'stats', {})).communities.find((c: { id: number }) => c.id === lingfengId).posted,
    ).toBe(before + 1)
  })

  test('lifecycle: post → terms → take → shortlist → 技术论证会 → award → milestones → delivery → both rate', async () => {
    const id = await post()
    const a = await readyExpert(id, '甲专家')
    const b = await readyExpert(id, '乙专家')
    expect(await invokeOk(talent, 'challenge', { id }, a.token)).toMatchObject({
      termsAccepted: true,
      open: true,
      cannotTake: null,
      mine: null,
    })
    expect((await take(id, a.token)).ok).toBe(true)
    expect((await take(id, b.token)).ok).toBe(true)
    expect((await notes('talent_take_received')).map((n) => (n.data as { taker: string }).taker)).toEqual(
      expect.arrayContaining(['甲专家', '乙专家']),
    )

    const managed = await invokeOk(talent, 'manage', { id }, liaison)
    expect(managed.takes.map((t: { takerName: string }) => t.takerName)).toEqual(['甲专家', '乙专家'])
    expect(managed.takes[0].takerPhone).toMatch(/^139\*+\d{4}$/)
    const takeA = managed.takes[0].id

    expect(await invokeOk(talent, 'shortlist', { takeId: takeA }, liaison)).toEqual({ status: 'shortlisted' })
    const review = await holdReview(id)
    expect(review.invited).toBe(1)
    const mine = await invokeOk(activities, 'mine', {}, a.token)
    expect(mine.upcoming.map((x: { title: string; category: string }) => [x.category, x.title])).toEqual([
      ['tech', '技术论证会：精密轴承磨削烧伤在线检测'],
    ])
    expect((await invokeOk(activities, 'mine', {}, b.token)).upcoming).toEqual([])
    expect((await notes('talent_review_invite')).map((n) => n.user_id)).toEqual([a.id])

    // Rating before the delivery is accepted is refused.
    expect(await invoke(talent, 'rate', { challengeId: id, score: 5 }, liaison)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '交付验收通过后才能评价',
    })
    expect(await invokeOk(talent, 'award', { challengeId: id, takeId: takeA }, liaison)).toEqual({ status: 'awarded' })
    const told = await notes('talent_take_update')
    expect(told.filter((n) => n.user_id === b.id).map((n) => (n.data as { state: string }).state)).toEqual(['未中榜'])
    expect(await invoke(talent, 'rate', { challengeId: id, score: 5 }, liaison)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '交付验收通过后才能评价',
    })

    const { milestones } = await invokeOk(
      talent,
      'setMilestones',
      {
        challengeId: id,
        milestones: [
          { title: '工况测量报告', dueDate: '2026-12-10' },
          { title: '在线检测上线', dueDate: '2027-01-20' },
        ],
      },
      liaison,
    )
    const [m1, m2] = milestones
    expect(await invoke(talent, 'submitMilestone', { milestoneId: m1.id, note: '报告已上传' }, b.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    await invokeOk(talent, 'submitMilestone', { milestoneId: m1.id, note: '报告已上传' }, a.token)
    expect((await invokeOk(talent, 'acceptMilestone', { milestoneId: m1.id }, liaison)).status).toBe('accepted')
    expect(await invoke(talent, 'acceptDelivery', { challengeId: id }, liaison)).toMatchObject({
      ok: false,
      message: '还有 1 个里程碑未验收',
    })
    await invokeOk(talent, 'submitMilestone', { milestoneId: m2.id, note: '系统已上线' }, a.token)
    await invokeOk(talent, 'acceptMilestone', { milestoneId: m2.id }, liaison)
    expect(await invokeOk(talent, 'acceptDelivery', { challengeId: id }, liaison)).toEqual({ status: 'solved' })

    expect((await invokeOk(talent, 'rate', { challengeId: id, score: 5, comment: '交付扎实' }, liaison)).score).toBe(5)
    expect(await invoke(talent, 'rate', { challengeId: id, score: 4 }, liaison)).toMatchObject({
      ok: false,
      message: '你已评价过中榜方',
    })
    expect(await invoke(talent, 'rate', { challengeId: id, score: 4 }, b.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    await invokeOk(talent, 'rate', { challengeId: id, score: 4, comment: '配合顺畅' }, a.token)
    const myTakes = await invokeOk(talent, 'myTakes', {}, a.token)
    expect(myTakes.items[0]).toMatchObject({
      take: { status: 'awarded' },
      challenge: { status: 'solved' },
      canRate: false,
      myRating: { score: 4 },
      theirRating: { score: 5, comment: '交付扎实' },
    })
    expect(await invokeOk(talent, 'myProfile', {}, a.token)).toMatchObject({ profile: { rating: 5, ratings: 1 } })
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'talent_challenge')
      .where('subject_id', '=', String(id))
      .orderBy('id')
      .execute()
    expect(audit.map((x) => x.action)).toEqual([
      'talent.challenge.post',
      'talent.review.hold',
      'talent.challenge.award',
      'talent.challenge.solve',
    ])
  })

  test('manage says what the owner may do now: `can` follows the challenge through its life', async () => {
    const id = await post({ title: '冷镦模具寿命提升' })
    const managed = () => invokeOk(talent, 'manage', { id }, liaison)
    const can = async () => (await managed()).can
    // Open, nobody shortlisted: close it and steer recommendations; no 论证会 without an invitee.
    expect(await can()).toEqual(['close', 'dismissTalent'])
    const a = await readyExpert(id, '丙专家')
    await take(id, a.token)
    let m = await managed()
    expect(m.takes[0].can).toEqual(['shortlist', 'award'])
    const takeId = m.takes[0].id
    await invokeOk(talent, 'shortlist', { takeId }, liaison)
    m = await managed()
    expect(m.takes[0].can).toEqual(['unshortlist', 'award'])
    expect(m.can).toEqual(['close', 'holdReview', 'dismissTalent'])
    await holdReview(id)
    expect(await can()).toEqual(['close', 'dismissTalent'])

    // Awarded: no more take buttons, no closing; milestones to set (and, with none, delivery to accept).
    await invokeOk(talent, 'award', { challengeId: id, takeId }, liaison)
    m = await managed()
    expect(m.takes[0].can).toEqual([])
    expect(m.can).toEqual(['setMilestones', 'acceptDelivery'])
    const { milestones } = await invokeOk(
      talent,
      'setMilestones',
      { challengeId: id, milestones: [{ title: '模具寿命测试', dueDate: '2026-12-10' }] },
      liaison,
    )
    expect(await can()).toEqual(['setMilestones'])
    expect((await managed()).milestones[0].can).toEqual([])
    await invokeOk(talent, 'submitMilestone', { milestoneId: milestones[0].id, note: '测试报告已上传' }, a.token)
    m = await managed()
    expect(m.milestones[0].can).toEqual(['accept'])
    expect(m.can).toEqual([])
    await invokeOk(talent, 'acceptMilestone', { milestoneId: milestones[0].id }, liaison)
    expect(await can()).toEqual(['acceptDelivery'])
    await invokeOk(talent, 'acceptDelivery', { challengeId: id }, liaison)
    expect(await can()).toEqual(['rate'])
    await invokeOk(talent, 'rate', { challengeId: id, score: 5 }, liaison)
    expect(await can()).toEqual([])

    // A closed challenge offers nothing.
    const closed = await post({ title: '冷镦模具寿命提升（二）' })
    await invokeOk(talent, 'closeChallenge', { id: closed, reason: '企业已自行解决' }, liaison)
    expect((await invokeOk(talent, 'manage', { id: closed }, liaison)).can).toEqual([])
  })

  test('bad input: own enterprise, after the deadline, twice, without the terms, award to a non-taker — nothing half-written', async () => {
    const id = await post({ title: '轴承保持架断裂分析' })
    const other = await post({ title: '轴承密封件老化' })
    // A liaison of the posting enterprise who is also an expert.
    const insider = await personWith(ctx.db, '内部专家', [{ role: 'expert' }, { role: 'enterprise', enterpriseId }])
    await invokeOk(talent, 'acceptTerms', { challengeId: id }, insider.token)
    expect(await take(id, insider.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '不能揭自己企业发布的榜单',
    })

    const [p] = await signedInUsers(ctx.db, 1, 'expert')
    expect(await invoke(talent, 'details', { challengeId: id }, p.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '请先阅读并同意保密条款，才能查看榜单详情',
    })
    expect(await take(id, p.token)).toMatchObject({ ok: false, message: '请先阅读并同意保密条款，再揭榜' })
    await invokeOk(talent, 'acceptTerms', { challengeId: id }, p.token)
    // Twice at once: the database lets one through.
    const [r1, r2] = await Promise.all([take(id, p.token), take(id, p.token)])
    expect([r1.ok, r2.ok].sort()).toEqual([false, true])
    expect([r1, r2].find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT', message: '你已揭过这张榜' })
    expect(await take(id, p.token)).toMatchObject({ ok: false, message: '你已揭过这张榜' })
    const rows = await ctx.db.selectFrom('talent_takes').select('user_id').where('challenge_id', '=', id).execute()
    expect(rows).toEqual([{ user_id: p.id }])

    // An award to a take of another challenge, or to a withdrawn take.
    const q = await readyExpert(other)
    const otherTake = await take(other, q.token)
    expect(
      await invoke(talent, 'award', { challengeId: id, takeId: otherTake.ok && otherTake.data.id }, liaison),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '只能授予揭了这张榜的揭榜方',
    })
    const mine = (await invokeOk(talent, 'challenge', { id }, p.token)).mine
    await invokeOk(talent, 'withdrawTake', { takeId: mine.id }, p.token)
    expect(await invoke(talent, 'award', { challengeId: id, takeId: mine.id }, liaison)).toMatchObject({
      ok: false,
      message: '只能授予揭了这张榜的揭榜方',
    })
    expect((await invokeOk(talent, 'challenge', { id }, p.token)).status).toBe('open')

    // Another enterprise's liaison may not steer it.
    const stranger = await personWith(ctx.db, '别家联络员', [{ role: 'enterprise', enterpriseId: otherEnterpriseId }])
    expect(await invoke(talent, 'manage', { id }, stranger.token)).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    // After the deadline (end of its Shanghai day), no more takes.
    const later = sh('2026-12-21T00:00:01')
    ctx.setNow(later)
    const late = await personWith(ctx.db, '迟到专家', [{ role: 'expert' }], null, later)
    await invokeOk(talent, 'saveProfile', expertProfile(), late.token)
    await invokeOk(talent, 'acceptTerms', { challengeId: id }, late.token)
    expect(await take(id, late.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '揭榜已于 12月20日 周日 截止',
    })
    expect(await invokeOk(talent, 'challenge', { id }, late.token)).toMatchObject({
      open: false,
      cannotTake: '揭榜已于 12月20日 周日 截止',
    })
    const liaisonLater = await demoToken(user, 'enterprise')
    expect(
      await invoke(talent, 'postChallenge', { enterpriseId, ...challengeInput('2026-12-20') }, liaisonLater),
    ).toMatchObject({
      ok: false,
      message: '截止日期不能早于今天',
    })
  })

  test('teams: each member accepts; an unformed team cannot take; a team take reaches every member', async () => {
    const id = await post({ title: '磨床主轴振动抑制' })
    const [lead, m1, m2] = await signedInUsers(ctx.db, 3, 'expert')
    for (const p of [lead, m1, m2]) await invokeOk(talent, 'saveProfile', expertProfile(), p.token)
    await invokeOk(talent, 'saveProfile', expertProfile({ skills: ['振动噪声分析', '数据分析'] }), m1.token)
    const team = await invokeOk(talent, 'createTeam', { name: '磨削攻关组', intro: '测试团队' }, lead.token)
    expect(team.formed).toBe(false)
    await invokeOk(talent, 'invite', { teamId: team.id, userId: m1.id }, lead.token)
    expect(await invoke(talent, 'invite', { teamId: team.id, userId: m2.id }, m1.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    await invokeOk(talent, 'acceptTerms', { challengeId: id }, lead.token)
    expect(await take(id, lead.token, { teamId: team.id })).toMatchObject({
      ok: false,
      message: '团队还未组建完成：至少需要一名成员接受邀请',
    })
    const joined = await invokeOk(talent, 'respondInvite', { teamId: team.id, accept: true }, m1.token)
    expect(joined.formed).toBe(true)
    expect(joined.skills).toEqual(expect.arrayContaining(['磨削工艺', '振动噪声分析']))
    expect((await notes('talent_team_answer')).some((n) => n.user_id === lead.id)).toBe(true)
    expect(await invoke(talent, 'respondInvite', { teamId: team.id, accept: true }, m2.token)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await take(id, m2.token, { teamId: team.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    const t = await take(id, lead.token, { teamId: team.id })
    expect(t).toMatchObject({ ok: true, data: { teamName: '磨削攻关组' } })
    // The team member cannot take it again for the same team.
    await invokeOk(talent, 'acceptTerms', { challengeId: id }, m1.token)
    expect(await take(id, m1.token, { teamId: team.id })).toMatchObject({
      ok: false,
      message: '你或你的团队已揭过这张榜',
    })
    const managed = await invokeOk(talent, 'manage', { id }, liaison)
    expect(managed.takes[0].team).toMatchObject({
      name: '磨削攻关组',
      members: [expect.any(String), expect.any(String)],
    })
    await invokeOk(talent, 'award', { challengeId: id, takeId: t.ok && t.data.id }, liaison)
    const awarded = await notes('talent_take_update')
    expect(awarded.filter((n) => (n.data as { state: string }).state === '已中榜').map((n) => n.user_id)).toEqual(
      expect.arrayContaining([lead.id, m1.id]),
    )
    // The member follows the milestones and may submit them.
    const { milestones } = await invokeOk(
      talent,
      'setMilestones',
      { challengeId: id, milestones: [{ title: '方案评审', dueDate: '2026-12-15' }] },
      liaison,
    )
    await invokeOk(talent, 'submitMilestone', { milestoneId: milestones[0].id, note: '方案已提交' }, m1.token)
    expect((await invokeOk(talent, 'myTakes', {}, m1.token)).items[0].milestones[0].status).toBe('submitted')
    // Recommended as a team for a challenge needing both members' skills.
    const both = await post({ title: '磨削振动联合攻关', skills: ['磨削工艺', '振动噪声分析'] })
    const recs = await invokeOk(talent, 'recommendTalents', { challengeId: both }, liaison)
    const asTeam = recs.items.find((i: { kind: string; id: number }) => i.kind === 'team' && i.id === team.id)
    expect(asTeam.reasons[0]).toBe('共同技能：磨削工艺、振动噪声分析')
  })

  test('a team is recommended for what its members wrote, not only for the skill strings the team lists', async () => {
    const [lead, member] = await signedInUsers(ctx.db, 2, 'expert')
    await invokeOk(
      talent,
      'saveProfile',
      expertProfile({
        field: '新能源汽车热管理',
        skills: ['热管理设计'],
        achievements: '用 Fluent 做过动力电池液冷板流场与温度场仿真',
        chains: ['nev'],
      }),
      lead.token,
    )
    await invokeOk(talent, 'saveProfile', expertProfile({ skills: ['钣金结构设计'], chains: ['nev'] }), member.token)
    const team = await invokeOk(talent, 'createTeam', { name: '液冷仿真小组', intro: '测试团队' }, lead.token)
    await invokeOk(talent, 'invite', { teamId: team.id, userId: member.id }, lead.token)
    await invokeOk(talent, 'respondInvite', { teamId: team.id, accept: true }, member.token)
    const id = await post({
      title: '电池包液冷板流道优化',
      chain: 'nev',
      skills: ['计算流体力学'],
      summary: '液冷板压降偏大、温差超标，需要流道仿真优化。',
    })
    const recs = await invokeOk(talent, 'recommendTalents', { challengeId: id }, liaison)
    const asTeam = recs.items.find((i: { kind: string; id: number }) => i.kind === 'team' && i.id === team.id)
    expect(asTeam).toBeDefined()
    expect(asTeam.reasons.join(' ')).toMatch(/计算流体力学（团队：Fluent）/)
  })

  test('recommendations both ways, with reasons in words; 不感兴趣 changes what comes next', async () => {
    const zhou = await demoToken(user, 'expert')
    const id = await post({
      title: '磨床车间设备联网改造',
      chain: 'robotics',
      skills: ['数字化改造', '工业互联网', 'MES'],
      summary: '车间设备数据未联网，需要设备联网与看板。',
    })
    const forZhou = await invokeOk(talent, 'recommendForMe', {}, zhou)
    const rec = forZhou.challenges.find((c: { id: number }) => c.id === id)
    expect(rec.reasons.slice(0, 3)).toEqual([
      '共同技能：数字化改造、工业互联网',
      '同属机器人与数控机床产业链',
      '相距约 21 公里',
    ])
    expect(rec.score).toBeGreaterThan(50)
    expect(forZhou.challenges.map((c: { id: number }) => c.id).indexOf(id)).toBeLessThan(3)
    expect(forZhou.needs.map((n: { role: string }) => n.role)).toContain('数字化改造顾问')

    // The enterprise sees the best experts, each with its reasons.
    const talents = await invokeOk(talent, 'recommendTalents', { challengeId: id }, liaison)
    const top = talents.items[0]
    expect(top).toMatchObject({ kind: 'profile', name: '任磊（示例）' })
    expect(top.reasons).toEqual([
      '共同技能：数字化改造、工业互联网、MES',
      '同属机器人与数控机床产业链',
      '相距约 21 公里',
      '可全职投入',
    ])
    const prof = talents.items.find((i: { name: string }) => i.name === '专家 周教授')
    expect(prof.reasons).toContain('每周可投入 1–2 天')

    // 不感兴趣 (技能不对口) on 任磊: gone from this challenge's list; others unchanged.
    const renLei = top.id
    await invokeOk(talent, 'dismissTalent', { challengeId: id, profileId: renLei, reason: 'skills' }, liaison)
    const after = await invokeOk(talent, 'recommendTalents', { challengeId: id }, liaison)
    const people = (items: { kind: string; id: number }[]) => items.filter((i) => i.kind === 'profile').map((i) => i.id)
    expect(people(talents.items)).toContain(renLei)
    expect(people(after.items)).not.toContain(renLei)
    // The expert side: 不感兴趣 (产业链不相关) on it → gone, and other robotics challenges rank lower.
    const before = forZhou.challenges.find((c: { chain: string; id: number }) => c.chain === 'robotics' && c.id !== id)
    await invokeOk(talent, 'dismiss', { challengeId: id, reason: 'chain' }, zhou)
    const next = await invokeOk(talent, 'recommendForMe', {}, zhou)
    expect(next.challenges.map((c: { id: number }) => c.id)).not.toContain(id)
    const sameChain = next.challenges.find((c: { id: number }) => c.id === before.id)
    expect(sameChain.score).toBeLessThan(before.score)
    expect(await invoke(talent, 'recommendTalents', { challengeId: id }, zhou)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })

  test('nobody relevant enough: an honest empty list, not same-chain strangers; other words still find the expert', async () => {
    const nobody = await post({
      title: '门店会员社群运营方案',
      chain: 'robotics',
      skills: ['社群运营'],
      summary: '希望提升门店会员复购，需要社群运营与活动策划。',
    })
    expect((await invokeOk(talent, 'recommendTalents', { challengeId: nobody }, liaison)).items).toEqual([])
    // The same need written as engineers write it (制造执行系统 for MES, 设备数据采集 for 设备联网)
    // still finds the MES consultant, and the reason says what matched.
    const id = await post({
      title: '机加车间制造执行系统上线',
      chain: 'robotics',
      skills: ['制造执行系统'],
      summary: '车间需要设备数据采集与报工追溯。',
    })
    const items = (await invokeOk(talent, 'recommendTalents', { challengeId: id }, liaison)).items
    const ren = items.find((i: { name: string }) => i.name === '任磊（示例）')
    expect(ren).toBeDefined()
    expect(ren.reasons[0]).toMatch(/^擅长领域：MES/)
  })

  test('the expert side: a challenge in other words and on another chain is found, the reason in the expert’s own words', async () => {
    const [cfd] = await signedInUsers(ctx.db, 1, 'expert')
    await invokeOk(
      talent,
      'saveProfile',
      expertProfile({ field: '反应器流场仿真', skills: ['Fluent', 'STAR-CCM+'], chains: ['petrochem'] }),
      cfd.token,
    )
    const id = await post({
      title: '电池包液冷板流道优化',
      chain: 'nev',
      skills: ['CFD', '热管理'],
      summary: '快充工况电芯温差偏大，需要对液冷板做流体仿真与优化。',
    })
    const mine = await invokeOk(talent, 'recommendForMe', {}, cfd.token)
    const rec = mine.challenges.find((c: { id: number }) => c.id === id)
    expect(rec).toBeDefined()
    expect(rec.reasons[0]).toMatch(/^擅长领域：计算流体力学（你：fluent）$/i) // skills are stored upper-cased
  })

  test('broker: open challenges with few takers, introduce (both told), outcome followed to the end', async () => {
    const broker = await demoToken(user, 'broker')
    const id = await post({ title: '轴承清洗线节水改造', chain: 'bearing', skills: ['精密检测'] })
    const board = await invokeOk(talent, 'brokerBoard', {}, broker)
    expect(board.communities.map((c: { name: string }) => c.name)).toEqual(['灵峰工业社区'])
    const row = board.items.find((c: { id: number }) => c.id === id)
    expect(row).toMatchObject({ takers: 0, introductions: 0 })
    expect(board.items.every((c: { takers: number; communityName: string }) => c.takers < 2)).toBe(true)

    const expert = await readyExpert(id, '丙专家')
    const intro = await invokeOk(
      talent,
      'introduce',
      { challengeId: id, expertId: expert.id, note: '丙工擅长检测。' },
      broker,
    )
    expect(intro).toMatchObject({ outcome: 'introduced', outcomeLabel: '已牵线，待揭榜', expertName: '丙专家' })
    const told = (await notes('talent_introduced')).filter(
      (n) => (n.data as { challenge: string }).challenge === '轴承清洗线节水改造',
    )
    // The expert, and the enterprise's liaisons (张建国 among them).
    expect(told.map((n) => n.user_id)).toEqual(expect.arrayContaining([expert.id, zhangId]))
    expect(await invoke(talent, 'introduce', { challengeId: id, expertId: expert.id }, broker)).toMatchObject({
      ok: false,
      message: '已为这张榜介绍过这位专家',
    })

    await take(id, expert.token)
    const outcome = async () =>
      (await invokeOk(talent, 'introductions', {}, broker)).items.find((i: { id: number }) => i.id === intro.id)
    expect((await outcome()).outcome).toBe('took')
    const takeId = (await invokeOk(talent, 'manage', { id }, liaison)).takes[0].id
    await invokeOk(talent, 'shortlist', { takeId }, liaison)
    expect((await outcome()).outcome).toBe('shortlisted')
    await invokeOk(talent, 'award', { challengeId: id, takeId }, liaison)
    expect((await outcome()).outcomeLabel).toBe('已中榜，攻关中')
    await invokeOk(talent, 'acceptDelivery', { challengeId: id }, liaison)
    expect((await outcome()).outcome).toBe('solved')

    // A broker of another community may not introduce for it.
    const chengtan = await ctx.db
      .selectFrom('communities')
      .select('id')
      .where('code', '=', 'XC-CHENGTAN')
      .executeTakeFirstOrThrow()
    const far = await personWith(ctx.db, '澄潭经纪人', [{ role: 'broker', communityId: chengtan.id }])
    const open = await post({ title: '轴承包装自动化' })
    expect(await invoke(talent, 'introduce', { challengeId: open, expertId: expert.id }, far.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只能为本社区的榜单牵线',
    })
    expect((await invokeOk(talent, 'brokerBoard', {}, far.token)).items.map((c: { id: number }) => c.id)).not.toContain(
      open,
    )
  })

  test('talent needs both ways: 我有意向 → the enterprise reads who → 录用; filled at its headcount, counted as 双聘', async () => {
    const needOf = async () =>
      (await invokeOk(talent, 'mine', {}, liaison)).needs.find((n: { role: string }) => n.role === '双聘磨削工程师')
    const statsOf = async () =>
      (await invokeOk(talent, 'stats', {})).communities.find((c: { id: number }) => c.id === lingfengId)
    const dualBefore = (await statsOf()).dualAppointed
    const { id: needId } = await invokeOk(
      talent,
      'postNeed',
      {
        enterpriseId,
        role: '双聘磨削工程师',
        chain: 'bearing',
        skills: ['磨削工艺'],
        mode: 'dual',
        place: '北仑灵峰',
        description: '编制在高校，全职在企业攻关磨削工艺。',
      },
      liaison,
    )
    const a = await personWith(ctx.db, '应征甲', [{ role: 'expert' }], null, NOW)
    const b = await personWith(ctx.db, '应征乙', [{ role: 'expert' }], null, NOW)
    const bare = await personWith(ctx.db, '无档案专家', [{ role: 'expert' }], null, NOW)
    const insider = await personWith(ctx.db, '本企业专家', [{ role: 'expert' }, { role: 'enterprise', enterpriseId }])
    for (const p of [a, b, insider])
      await invokeOk(
        talent,
        'saveProfile',
        expertProfile({ availability: 'full_time', dualAppointment: true }),
        p.token,
      )
    // Recommended to a willing expert before they apply, not after.
    const needsFor = async (token: string) =>
      (await invokeOk(talent, 'recommendForMe', { limit: 50 }, token)).needs.map((n: { id: number }) => n.id)
    expect(await needsFor(a.token)).toContain(needId)

    expect(await invokeOk(talent, 'applyNeed', { needId, note: '做过轴承套圈磨削 10 年' }, a.token)).toEqual({
      status: 'applied',
    })
    expect(await needsFor(a.token)).not.toContain(needId)
    expect((await notes('talent_need_applied')).map((n) => (n.data as { expert: string }).expert)).toContain('应征甲')
    // Bad input: twice, without a profile, one's own enterprise's need; nothing written.
    expect(await invoke(talent, 'applyNeed', { needId }, a.token)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '你已对这条人才需求表达过意向',
    })
    expect(await invoke(talent, 'applyNeed', { needId }, bare.token)).toMatchObject({
      ok: false,
      message: '请先填写专家档案，企业将据此了解你',
    })
    expect(await invoke(talent, 'applyNeed', { needId }, insider.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '不能应征自己企业发布的人才需求',
    })
    await invokeOk(talent, 'applyNeed', { needId }, b.token)
    expect(await needOf()).toMatchObject({ applicants: 2, hired: 0, status: 'open' })

    // The enterprise reads who, phones masked; only its liaisons may.
    const { items } = await invokeOk(talent, 'needApplicants', { needId }, liaison)
    expect(items.map((x: { name: string; status: string; can: string[] }) => [x.name, x.status, x.can])).toEqual([
      ['应征甲', 'applied', ['hire']],
      ['应征乙', 'applied', ['hire']],
    ])
    expect((await needOf()).can).toEqual(['close'])
    expect(items[0]).toMatchObject({
      note: '做过轴承套圈磨削 10 年',
      dualAppointment: true,
      headline: '测试大学 副教授 · 轴承制造',
    })
    expect(items[0].phone).toMatch(/^139\*+\d{4}$/)
    expect(await invoke(talent, 'needApplicants', { needId }, a.token)).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    // Hiring someone who did not apply is refused and changes nothing.
    expect(await invoke(talent, 'hireForNeed', { needId, userId: bare.id }, liaison)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '只能录用对这条需求表达了意向、尚未录用的专家',
    })
    expect(await needOf()).toMatchObject({ applicants: 2, hired: 0, status: 'open' })

    // Hiring 甲 fills the need (headcount 1); 乙 is told; 双聘 counts one more.
    expect(await invokeOk(talent, 'hireForNeed', { needId, userId: a.id }, liaison)).toEqual({
      status: 'filled',
      hired: 1,
    })
    const told = (await notes('talent_need_update')).map((n) => [n.user_id, (n.data as { state: string }).state])
    expect(told).toEqual(
      expect.arrayContaining([
        [a.id, '已录用你'],
        [b.id, '已招满'],
      ]),
    )
    expect((await invokeOk(talent, 'myApplications', {}, a.token)).items).toEqual([
      expect.objectContaining({ id: needId, application: 'hired', status: 'filled' }),
    ])
    expect((await invokeOk(talent, 'myApplications', {}, b.token)).items[0].application).toBe('declined')
    expect((await statsOf()).dualAppointed).toBe(dualBefore + 1)
    expect(await invoke(talent, 'hireForNeed', { needId, userId: b.id }, liaison)).toMatchObject({
      ok: false,
      message: '这条人才需求已招满',
    })
    // Filled: no more 录用 or 关闭需求 buttons, as the actions refuse.
    const after = (await invokeOk(talent, 'needApplicants', { needId }, liaison)).items
    expect(after.map((x: { status: string; can: string[] }) => [x.status, x.can])).toEqual([
      ['hired', []],
      ['declined', []],
    ])
    expect((await needOf()).can).toEqual([])
    expect(await invoke(talent, 'closeNeed', { id: needId }, liaison)).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await invoke(talent, 'applyNeed', { needId }, bare.token)).toMatchObject({ ok: false })
  })

  test('the public board by chain and award: filters, award order, open challenges only', async () => {
    const big = await post({ title: '大额轴承榜单', awardYuan: 900_000 })
    const small = await post({ title: '小额轴承榜单', awardYuan: 30_000 })
    const ids = async (input: Record<string, unknown>) =>
      (await invokeOk(talent, 'board', input)).items.map((c: { id: number }) => c.id)
    const rich = await ids({ minAwardYuan: 500_000 })
    expect(rich).toContain(big)
    expect(rich).not.toContain(small)
    for (const c of (await invokeOk(talent, 'board', { minAwardYuan: 500_000 })).items)
      expect(c.awardYuan).toBeGreaterThanOrEqual(500_000)
    const bearing = (await invokeOk(talent, 'board', { chain: 'bearing', sort: 'award' })).items
    expect(bearing.every((c: { chain: string }) => c.chain === 'bearing')).toBe(true)
    const awards = bearing.map((c: { awardYuan: number }) => c.awardYuan)
    expect(awards).toEqual([...awards].sort((x: number, y: number) => y - x))
    expect(await ids({ chain: 'mould' })).not.toContain(big)
    await invokeOk(talent, 'closeChallenge', { id: big, reason: '需求已变更' }, liaison)
    expect(await ids({ minAwardYuan: 500_000 })).not.toContain(big)
  })
})
