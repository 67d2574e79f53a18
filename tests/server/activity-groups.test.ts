import { main as activities } from '../../cloudfunctions/activities/index'
import { describeEachDatabase } from '../helpers/databases'
import { personWith } from '../helpers/grants'

// Interest groups made and kept by the community's 社工 (issue 21 §1). 2026-11-23 is a Monday.
const sh = (local: string) => new Date(`${local}+08:00`)
const iso = (local: string) => sh(local).toISOString()
const COVER = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQ=='

describeEachDatabase('activities: interest groups made in the app', (ctx) => {
  const { invoke, invokeOk } = ctx
  const ids = {} as Record<'lingfeng' | 'jinchuang', number>
  const as = {} as Record<'worker' | 'otherWorker' | 'member', string>
  let memberId: number
  const groupCount = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('activity_groups')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    ctx.setNow(sh('2026-11-23T09:00:00'))
    const community = (code: string, name: string) =>
      ctx.db
        .insertInto('communities')
        .values({ code, name, district: '北仑区', street: '大碶街道', lng: 121.8, lat: 29.9 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ids.lingfeng = (await community('T-LF', '灵峰工业社区')).id
    ids.jinchuang = (await community('T-JC', '金创工业社区')).id
    as.worker = (await personWith(ctx.db, 'social_worker', { communityId: ids.lingfeng }, '灵峰社工')).token
    as.otherWorker = (await personWith(ctx.db, 'social_worker', { communityId: ids.jinchuang }, '金创社工')).token
    const member = await personWith(ctx.db, 'worker', { communityId: ids.lingfeng }, '职工小王')
    as.member = member.token
    memberId = member.id
  })
  afterAll(() => ctx.setNow(null))

  test('a 社工 makes a group; people join; an activity published to it reaches them; archiving retires it', async () => {
    const made = await invokeOk(
      activities,
      'saveGroup',
      { communityId: ids.lingfeng, name: '徒步社', intro: '周末一起走九峰山', cover: COVER },
      as.worker,
    )
    expect(made).toMatchObject({ created: true })
    const groupId = made.groupId
    // One name per community, in Chinese, nothing written; another community may use it.
    const before = await groupCount()
    expect(
      await invoke(activities, 'saveGroup', { communityId: ids.lingfeng, name: '徒步社' }, as.worker),
    ).toMatchObject({ ok: false, code: 'CONFLICT', message: '本社区已有名为「徒步社」的社群，请换一个名称' })
    expect(
      await invoke(activities, 'saveGroup', { communityId: ids.jinchuang, name: '新社群' }, as.worker),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '只能管理本社区的兴趣社群' })
    expect(
      await invoke(activities, 'saveGroup', { groupId, communityId: ids.jinchuang, name: '改名' }, as.otherWorker),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await groupCount()).toBe(before)
    await invokeOk(activities, 'saveGroup', { communityId: ids.jinchuang, name: '徒步社' }, as.otherWorker)

    await invokeOk(
      activities,
      'saveGroup',
      { groupId, communityId: ids.lingfeng, name: '九峰徒步社', intro: '周末一起走九峰山', cover: COVER },
      as.worker,
    )
    const seen = await invokeOk(activities, 'groups', {}, as.member)
    expect(seen.items.find((g: { id: number }) => g.id === groupId)).toMatchObject({
      name: '九峰徒步社',
      cover: COVER,
      members: 0,
      joined: false,
      can: [],
    })
    expect(seen.keeps).toEqual([])
    const kept = await invokeOk(activities, 'groups', {}, as.worker)
    expect(kept.items.find((g: { id: number }) => g.id === groupId).can).toEqual(['edit', 'archive'])
    expect(kept.keeps).toEqual([{ id: ids.lingfeng, name: '灵峰工业社区' }])

    await invokeOk(activities, 'joinGroup', { groupId }, as.member)
    await invokeOk(
      activities,
      'save',
      {
        title: '九峰山周末徒步',
        category: 'interest',
        startsAt: iso('2026-11-28T08:00:00'),
        endsAt: iso('2026-11-28T12:00:00'),
        address: '九峰山北门',
        registrationOpensAt: iso('2026-11-23T09:00:00'),
        registrationClosesAt: iso('2026-11-27T20:00:00'),
        capacity: 30,
        groupId,
      },
      as.worker,
    )
    const told = await ctx.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'group_new_activity')
      .execute()
    expect(told.map((n) => n.user_id)).toEqual([memberId])

    await invokeOk(activities, 'archiveGroup', { groupId }, as.worker)
    expect((await invokeOk(activities, 'groups', {}, as.member)).items.map((g: { id: number }) => g.id)).not.toContain(
      groupId,
    )
    expect(await invoke(activities, 'joinGroup', { groupId }, as.member)).toMatchObject({
      ok: false,
      message: '社群不存在或已归档',
    })
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('subject_type', '=', 'activity_group')
      .where('subject_id', '=', String(groupId))
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['group.create', 'group.update', 'group.archive'])
    expect(audit[0].after).toMatchObject({ name: '徒步社', cover: '有封面' })
  })
})
