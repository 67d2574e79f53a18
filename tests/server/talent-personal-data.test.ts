import { main as talent } from '../../cloudfunctions/talent/index'
import { main as user } from '../../cloudfunctions/user/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { challengeInput, expertProfile, personWith } from '../helpers/talent'

const sh = (local: string) => new Date(`${local}+08:00`)
const NOW = sh('2026-11-23T10:00:00')

// 人才揭榜's part of 下载我的数据 and 注销账号 (PIPL): an expert who took and delivered a challenge
// in a team and applied for a talent need downloads it all (never the challenge's confidential details), then leaves; their
// words and profile go, the records that make the statistics and the enterprise's history stay.
describeEachDatabase('talent: personal data — download and erase', (ctx) => {
  const { demoToken, invoke, invokeOk } = ctx
  withDemoContent(ctx)
  beforeAll(() => ctx.setNow(NOW))
  afterAll(() => ctx.setNow(null))

  test('an expert downloads their talent records and leaves; counts and the enterprise’s history stay', async () => {
    const liaison = await demoToken(user, 'enterprise')
    const { enterprises } = await invokeOk(talent, 'mine', {}, liaison)
    const enterpriseId = enterprises[0].id
    const secret = '离职专家也不应看到的保密详情 PD-MARKER'
    const id = (
      await invokeOk(
        talent,
        'postChallenge',
        { enterpriseId, ...challengeInput('2026-12-20', { title: '注销测试榜单', problem: secret }) },
        liaison,
      )
    ).id as number
    const leaver = await personWith(ctx.db, '将注销的专家', [{ role: 'expert' }], null, NOW)
    const mate = await personWith(ctx.db, '留下的队友', [{ role: 'expert' }], null, NOW)
    await invokeOk(talent, 'saveProfile', expertProfile({ achievements: '发表磨削烧伤检测论文 3 篇' }), leaver.token)
    await invokeOk(talent, 'saveProfile', expertProfile({ skills: ['热处理'] }), mate.token)
    const team = await invokeOk(talent, 'createTeam', { name: '磨削攻关组', intro: '' }, leaver.token)
    await invokeOk(talent, 'invite', { teamId: team.id, userId: mate.id }, leaver.token)
    await invokeOk(talent, 'respondInvite', { teamId: team.id, accept: true }, mate.token)
    await invokeOk(talent, 'acceptTerms', { challengeId: id }, leaver.token)
    const proposal = '先测磨削工况，再给出参数窗口与在线检测方案。'
    await invokeOk(
      talent,
      'take',
      { challengeId: id, teamId: team.id, proposal, timeline: '8 周', priceYuan: 90000 },
      leaver.token,
    )
    const takeId = (await invokeOk(talent, 'manage', { id }, liaison)).takes[0].id
    await invokeOk(talent, 'award', { challengeId: id, takeId }, liaison)
    const [m] = (
      await invokeOk(
        talent,
        'setMilestones',
        { challengeId: id, milestones: [{ title: '检测上线', dueDate: '2026-12-10' }] },
        liaison,
      )
    ).milestones
    await invokeOk(talent, 'submitMilestone', { milestoneId: m.id, note: '已上线' }, leaver.token)
    await invokeOk(talent, 'acceptMilestone', { milestoneId: m.id }, liaison)
    await invokeOk(talent, 'acceptDelivery', { challengeId: id }, liaison)
    await invokeOk(talent, 'rate', { challengeId: id, score: 5, comment: '交付扎实' }, liaison)
    await invokeOk(talent, 'rate', { challengeId: id, score: 4, comment: '企业配合很好 PD-COMMENT' }, leaver.token)

    const { id: needId } = await invokeOk(
      talent,
      'postNeed',
      { enterpriseId, role: '注销测试岗位', chain: 'bearing', skills: ['磨削工艺'], mode: 'dual', place: '北仑灵峰' },
      liaison,
    )
    await invokeOk(talent, 'applyNeed', { needId, note: '可双聘 PD-NOTE' }, leaver.token)

    // The download: their profile, team, take, terms accepted and ratings both ways; no details.
    const file = await invokeOk(user, 'myData', {}, leaver.token)
    const data = JSON.parse(file.json)
    expect(data.talentProfile).toMatchObject({
      achievements: '发表磨削烧伤检测论文 3 篇',
      skills: ['磨削工艺', '精密检测'],
    })
    expect(data.talentProfile.bigrams).toBeUndefined()
    expect(data.talentTeams).toEqual([expect.objectContaining({ name: '磨削攻关组', leader: true })])
    expect(data.talentTakes).toEqual([expect.objectContaining({ title: '注销测试榜单', proposal, status: 'awarded' })])
    expect(data.talentTermsAccepted).toEqual([expect.objectContaining({ title: '注销测试榜单' })])
    expect(data.talentRatings.map((r: { direction: string; score: number }) => [r.direction, r.score]).sort()).toEqual([
      ['我收到的', 5],
      ['我给出的', 4],
    ])
    expect(data.talentNeedApplications).toEqual([
      expect.objectContaining({ role: '注销测试岗位', note: '可双聘 PD-NOTE', status: 'applied' }),
    ])
    expect(file.json).not.toContain('PD-MARKER')

    // What leaving will do, in the feature's own words.
    const preview = await invokeOk(user, 'deletionPreview', {}, leaver.token)
    expect(preview.goes).toEqual(expect.arrayContaining([expect.stringContaining('专家档案')]))
    expect(preview.stays).toEqual(expect.arrayContaining([expect.stringContaining('保密条款')]))

    const statsBefore = await invokeOk(talent, 'stats', {})
    expect(await invokeOk(user, 'deleteAccount', { confirm: '注销' }, leaver.token)).toEqual({ deleted: true })

    // Gone: the profile (so never recommended again), their words, their team membership.
    expect(
      await ctx.db.selectFrom('talent_profiles').select('user_id').where('user_id', '=', leaver.id).execute(),
    ).toEqual([])
    const take = await ctx.db
      .selectFrom('talent_takes')
      .select(['proposal', 'price_yuan', 'status'])
      .where('id', '=', takeId)
      .executeTakeFirstOrThrow()
    expect(take).toEqual({ proposal: '', price_yuan: 90000, status: 'awarded' })
    const comments = await ctx.db
      .selectFrom('talent_ratings')
      .select(['side', 'score', 'comment'])
      .where('challenge_id', '=', id)
      .orderBy('side')
      .execute()
    expect(comments).toEqual([
      { side: 'enterprise', score: 5, comment: '交付扎实' },
      { side: 'taker', score: 4, comment: '' },
    ])
    const membership = await ctx.db
      .selectFrom('talent_team_members')
      .select('status')
      .where('user_id', '=', leaver.id)
      .execute()
    expect(membership.map((x) => x.status)).toEqual(['left'])
    const recommended = await invokeOk(talent, 'recommendTalents', { challengeId: id, limit: 50 }, liaison)
    expect(recommended.items.map((i: { kind: string; id: number }) => `${i.kind}:${i.id}`)).not.toContain(
      `profile:${leaver.id}`,
    )
    const application = await ctx.db
      .selectFrom('talent_need_applications')
      .select(['note', 'status'])
      .where('need_id', '=', needId)
      .executeTakeFirstOrThrow()
    expect(application).toEqual({ note: '', status: 'applied' })
    // Stays: the statistics, and the enterprise's page of the challenge (the taker is 已注销用户).
    expect(await invokeOk(talent, 'stats', {})).toEqual(statsBefore)
    const managed = await invokeOk(talent, 'manage', { id }, liaison)
    expect(managed.takes).toEqual([expect.objectContaining({ takerName: '已注销用户', priceYuan: 90000 })])
    expect(managed.theirRating).toMatchObject({ score: 4, comment: '' })
    // The old session signs in as nobody.
    expect(await invoke(talent, 'myProfile', {}, leaver.token)).toMatchObject({ ok: false })
  }, 120_000)
})
