import { main as volunteers } from '../../cloudfunctions/volunteers/index'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { personWith } from '../helpers/grants'

jest.setTimeout(60_000)

const sh = (local: string) => new Date(`${local}+08:00`)

describeEachDatabase('志愿服务: teams, sign-ups, tasks, hours', (ctx) => {
  const { invoke, invokeOk } = ctx
  withDemoContent(ctx)
  let chengtan = 0
  let lingfeng = 0
  let repairTeam = 0
  type P = { id: number; token: string }
  let sw: P, otherSw: P, asker: P, fixer: P
  const count = async (table: 'volunteer_hours' | 'volunteer_members' | 'volunteer_tasks' | 'audit_log') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const fingerprint = () =>
    Promise.all((['volunteer_hours', 'volunteer_members', 'volunteer_tasks', 'audit_log'] as const).map(count))
  const member = async (name: string) => {
    const p = await personWith(ctx.db, 'worker', { communityId: chengtan }, name)
    await invokeOk(volunteers, 'join', { teamId: repairTeam }, p.token)
    await invokeOk(volunteers, 'decideMember', { teamId: repairTeam, userId: p.id, approve: true }, sw.token)
    return p
  }

  beforeAll(async () => {
    ctx.setNow(sh('2026-11-23T09:00:00'))
    const code = (c: string) =>
      ctx.db.selectFrom('communities').select('id').where('code', '=', c).executeTakeFirstOrThrow()
    chengtan = (await code('XC-CHENGTAN')).id
    lingfeng = (await code('BL-LINGFENG')).id
    sw = await personWith(ctx.db, 'social_worker', { communityId: chengtan }, '澄潭社工 赵')
    otherSw = await personWith(ctx.db, 'social_worker', { communityId: lingfeng }, '灵峰社工 钱')
    asker = await personWith(ctx.db, 'worker', { communityId: chengtan }, '职工 何求修')
    const { items } = await invokeOk(volunteers, 'teams', { communityId: chengtan }, asker.token)
    const team = items.find((t: { name: string }) => t.name === '邻里互助维修志愿队')
    expect(team).toMatchObject({ kindLabel: '维修互助', members: 3, myStatus: null, can: ['join'] })
    repairTeam = team.id
    fixer = await member('职工 孙巧手')
  })
  afterAll(() => ctx.setNow(null))

  test('a worker signs up from 我的, the organiser approves; a 社工 makes them organiser; others may not', async () => {
    ctx.setNow(sh('2026-11-23T09:30:00'))
    const p = await personWith(ctx.db, 'worker', { communityId: chengtan }, '职工 钱电工')
    const pending = await invokeOk(volunteers, 'join', { teamId: repairTeam, skills: '电工证' }, p.token)
    expect(pending).toMatchObject({ myStatus: 'pending', can: [] })
    expect(await invoke(volunteers, 'join', { teamId: repairTeam }, p.token)).toMatchObject({
      ok: false,
      message: '你已报名「邻里互助维修志愿队」',
    })
    // Organisers hear of it (the seeded 张师傅 organises this team).
    const told = await ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('kind', '=', 'volunteer_signup')
      .execute()
    expect(told.length).toBeGreaterThan(0)
    expect(
      await invoke(volunteers, 'decideMember', { teamId: repairTeam, userId: p.id, approve: true }, otherSw.token),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '只有「邻里互助维修志愿队」的组织者可以操作',
    })
    const waiting = (await invokeOk(volunteers, 'members', { teamId: repairTeam }, sw.token)).items
    expect(waiting.find((m: { userId: number }) => m.userId === p.id)).toMatchObject({
      status: 'pending',
      can: ['decide'],
    })
    await invokeOk(volunteers, 'decideMember', { teamId: repairTeam, userId: p.id, approve: true }, sw.token)
    const { items } = await invokeOk(volunteers, 'members', { teamId: repairTeam }, sw.token)
    const row = items.find((m: { userId: number }) => m.userId === p.id)
    expect(row).toMatchObject({ name: '钱**', status: 'active', skills: '电工证', can: [] })
    expect(
      await invoke(volunteers, 'decideMember', { teamId: repairTeam, userId: p.id, approve: false }, sw.token),
    ).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(row.phone).toMatch(/^\d{3}\*{4}\d{4}$/)
    const made = await invokeOk(volunteers, 'makeOrganiser', { teamId: repairTeam, userId: p.id }, sw.token)
    expect(made.organisers).toContain('钱**')
    // Now they organise: they see the members.
    expect((await invokeOk(volunteers, 'members', { teamId: repairTeam }, p.token)).items.length).toBeGreaterThan(3)
  })

  test('a repair request goes to the repair team; a member takes it; the organiser confirms hours within the task length', async () => {
    ctx.setNow(sh('2026-11-23T10:00:00'))
    const task = await invokeOk(
      volunteers,
      'requestRepair',
      {
        repairKind: 'plumbing',
        title: '宿舍灯不亮、插座没电',
        place: '澄潭职工公寓 2 号楼 301',
        startsAt: '2026-11-23T19:00:00+08:00',
      },
      asker.token,
    )
    expect(task).toMatchObject({
      team: '邻里互助维修志愿队',
      kindLabel: '上门维修',
      repairKind: '水电维修',
      helpers: 1,
      minutes: 60,
      requestedBy: '何**',
    })
    const repairTold = await ctx.db
      .selectFrom('notifications')
      .select('data')
      .where('event_key', '=', `volunteer_repair:${task.id}`)
      .execute()
    expect(repairTold.length).toBeGreaterThan(0)
    expect(await invoke(volunteers, 'takeTask', { taskId: task.id }, asker.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const taken = await invokeOk(volunteers, 'takeTask', { taskId: task.id }, fixer.token)
    expect(taken).toMatchObject({ takenByMe: true, taken: 1, can: [] })

    // Bad input: before it starts, above its length, someone who did not take it, not an organiser → nothing written.
    const before = await fingerprint()
    expect(
      await invoke(volunteers, 'confirmHours', { taskId: task.id, userId: fixer.id, minutes: 60 }, sw.token),
    ).toMatchObject({
      ok: false,
      message: '任务还没开始，不能确认时长',
    })
    ctx.setNow(sh('2026-11-23T21:00:00'))
    expect(
      await invoke(volunteers, 'confirmHours', { taskId: task.id, userId: fixer.id, minutes: 90 }, sw.token),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: '时长不能超过任务时长 60 分钟',
    })
    expect(
      await invoke(volunteers, 'confirmHours', { taskId: task.id, userId: asker.id, minutes: 30 }, sw.token),
    ).toMatchObject({
      ok: false,
      message: '这位志愿者没有领取这个任务，不能记录时长',
    })
    expect(
      await invoke(volunteers, 'confirmHours', { taskId: task.id, userId: fixer.id, minutes: 30 }, fixer.token),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await fingerprint()).toEqual(before)

    const done = await invokeOk(
      volunteers,
      'confirmHours',
      { taskId: task.id, userId: fixer.id, minutes: 45 },
      sw.token,
    )
    expect(done.status).toBe('done')
    expect(done.takers).toEqual([expect.objectContaining({ name: '孙**', minutes: 45 })])
    const mine = await invokeOk(volunteers, 'myHours', {}, fixer.token)
    expect(mine.totalMinutes).toBe(45)
    expect(mine.history[0]).toMatchObject({ title: '宿舍灯不亮、插座没电', minutes: 45, team: '邻里互助维修志愿队' })
    const stats = await invokeOk(volunteers, 'teamStats', { teamId: repairTeam }, sw.token)
    // The seed's two repairs (50 + 40 minutes) and this one.
    expect(stats).toMatchObject({ totalMinutes: 135, tasksDone: 3 })
    expect(stats.byMember).toEqual(expect.arrayContaining([{ name: '孙**', tasks: 1, minutes: 45 }]))
    const csv = await invokeOk(volunteers, 'exportHours', { teamId: repairTeam, format: 'csv' }, sw.token)
    expect(csv).toMatchObject({ filename: '志愿服务时长-邻里互助维修志愿队.csv', rows: 3 })
    expect(csv.content).toContain('孙**')
    expect(csv.content).not.toContain('孙巧手')
    const xlsx = await invokeOk(volunteers, 'exportHours', { teamId: repairTeam, format: 'xlsx' }, sw.token)
    expect(xlsx.encoding).toBe('base64')
    expect(await invoke(volunteers, 'exportHours', { teamId: repairTeam, format: 'csv' }, otherSw.token)).toMatchObject(
      {
        ok: false,
        code: 'FORBIDDEN',
      },
    )
  })

  test('a task needing 3 helpers, 8 members take it at once: exactly 3 get it', async () => {
    ctx.setNow(sh('2026-11-24T09:00:00'))
    const task = await invokeOk(
      volunteers,
      'saveTask',
      {
        teamId: repairTeam,
        kind: 'activity',
        title: '职工篮球赛场地保障',
        place: '澄潭园区篮球场',
        startsAt: '2026-11-28T14:00:00+08:00',
        minutes: 180,
        helpers: 3,
      },
      sw.token,
    )
    const people = []
    for (let i = 0; i < 8; i++) people.push(await member(`职工 并发${i}`))
    const answers = await Promise.all(people.map((p) => invoke(volunteers, 'takeTask', { taskId: task.id }, p.token)))
    expect(answers.filter((a) => a.ok)).toHaveLength(3)
    expect(answers.filter((a) => !a.ok && a.code === 'FULL')).toHaveLength(5)
    const seen = await invokeOk(volunteers, 'tasks', { teamId: repairTeam }, sw.token)
    expect(seen.items.find((t: { id: number }) => t.id === task.id)).toMatchObject({ taken: 3, helpers: 3 })
  })

  test('a community without a repair team, a stranger to the team taking a task → Chinese errors, nothing written', async () => {
    ctx.setNow(sh('2026-11-24T10:00:00'))
    const elsewhere = await personWith(ctx.db, 'worker', { communityId: lingfeng }, '职工 灵峰人')
    const shift = await invokeOk(
      volunteers,
      'saveTask',
      {
        teamId: repairTeam,
        kind: 'shift',
        title: '维修工具间值班',
        startsAt: '2026-11-26T18:00:00+08:00',
        minutes: 120,
        helpers: 2,
      },
      sw.token,
    )
    const before = await fingerprint()
    expect(
      await invoke(
        volunteers,
        'requestRepair',
        { repairKind: 'appliance', title: '空调不制冷', place: '灵峰宿舍', startsAt: '2026-11-25T19:00:00+08:00' },
        elsewhere.token,
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '本社区还没有维修志愿队，请联系社工' })
    const { items } = await invokeOk(volunteers, 'tasks', { teamId: repairTeam }, elsewhere.token)
    const open = items.find((t: { id: number }) => t.id === shift.id)
    expect(open.takers).toEqual([])
    expect(open.can).toEqual([])
    expect(await invoke(volunteers, 'takeTask', { taskId: open.id }, elsewhere.token)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '加入「邻里互助维修志愿队」并通过审核后才能领取任务',
    })
    expect(await fingerprint()).toEqual(before)
  })
})
