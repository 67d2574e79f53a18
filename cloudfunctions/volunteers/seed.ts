import type { SeedCtx } from '../../server/core/feature'
import { grantRole } from '../../server/people/grants'
import { reserve } from '../../server/reservations/reserve'
import { demoUserId } from '../user/seed'
import type { TeamRow } from './domain/access'
import { taskHoldKey } from './domain/present'
import { createTask } from './domain/tasks'

// Two teams named in the texts: 大碶's 「微光」志愿服务队 for riders (001_…txt), at 太白社区, and the
// 邻里互助维修志愿队 that workers good at 水电、家电维修 formed themselves (004_…txt), at 澄潭. Members
// besides the demo accounts, tasks and hours are 示例, dated from the seed's clock.

const HOUR = 3_600_000
const DAY = 24 * HOUR

const TEAMS = [
  {
    community: 'BL-TAIBAI',
    name: '「微光」志愿服务队',
    kind: 'general' as const,
    intro: '依托党建资源成立，为骑手等新就业群体送服务：微心愿、青年夜校、法律课堂，驿站值班。',
    autoApprove: true,
    members: ['骑手 王小哥', '志愿者 徐静（示例）', '志愿者 郑浩（示例）'],
    organiser: '志愿者 徐静（示例）',
    tasks: [
      {
        kind: 'shift' as const,
        title: '骑手驿站晚间值班',
        place: '太白社区骑手驿站',
        at: -3 * DAY,
        minutes: 180,
        helpers: 2,
        hours: [180, 150],
      },
      {
        kind: 'activity' as const,
        title: '青年夜校签到引导',
        place: '太白社区党群服务中心',
        at: -8 * DAY,
        minutes: 120,
        helpers: 3,
        hours: [120, 120],
      },
      {
        kind: 'shift' as const,
        title: '骑手驿站周末值班',
        place: '太白社区骑手驿站',
        at: 2 * DAY,
        minutes: 240,
        helpers: 2,
        hours: [],
      },
      {
        kind: 'activity' as const,
        title: '法律课堂会场布置',
        place: '太白社区党群服务中心',
        at: 5 * DAY,
        minutes: 90,
        helpers: 4,
        hours: [],
      },
    ],
  },
  {
    community: 'XC-CHENGTAN',
    name: '邻里互助维修志愿队',
    kind: 'repair' as const,
    intro: '职工中的水电、家电维修能人自发组建，为园区职工上门维修。',
    autoApprove: false,
    members: ['职工 李芳', '维修志愿者 张师傅（示例）', '维修志愿者 陈师傅（示例）'],
    organiser: '维修志愿者 张师傅（示例）',
    tasks: [
      {
        kind: 'repair' as const,
        title: '宿舍热水器不出热水',
        place: '澄潭职工公寓 3 号楼',
        at: -2 * DAY,
        minutes: 60,
        helpers: 1,
        hours: [50],
        repair: 'appliance' as const,
      },
      {
        kind: 'repair' as const,
        title: '宿舍卫生间水龙头漏水',
        place: '澄潭职工公寓 5 号楼',
        at: -6 * DAY,
        minutes: 60,
        helpers: 1,
        hours: [40],
        repair: 'plumbing' as const,
      },
      {
        kind: 'repair' as const,
        title: '洗衣机不脱水',
        place: '澄潭职工公寓 1 号楼',
        at: 1 * DAY,
        minutes: 60,
        helpers: 1,
        hours: [],
        repair: 'appliance' as const,
      },
    ],
  },
]

async function person(ctx: SeedCtx, name: string, communityId: number): Promise<number> {
  const demoRole = name.startsWith('骑手 王小哥') ? 'rider' : name.startsWith('职工 李芳') ? 'worker' : null
  if (demoRole) {
    const id = await demoUserId(ctx.db, demoRole)
    if (id) return id
  }
  const found = await ctx.db.selectFrom('users').select('id').where('display_name', '=', name).executeTakeFirst()
  if (found) return found.id
  const u = await ctx.db
    .insertInto('users')
    .values({ role: 'worker', display_name: name, community_id: communityId, onboarded_at: ctx.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await grantRole(ctx, { userId: u.id, role: 'worker', communityId }, null)
  return u.id
}

export async function seedVolunteers(ctx: SeedCtx) {
  const { db, now } = ctx
  let teams = 0
  let tasks = 0
  let hours = 0
  for (const t of TEAMS) {
    const community = await db.selectFrom('communities').select('id').where('code', '=', t.community).executeTakeFirst()
    if (!community) continue
    const exists = await db
      .selectFrom('volunteer_teams')
      .select('id')
      .where('community_id', '=', community.id)
      .where('name', '=', t.name)
      .executeTakeFirst()
    if (exists) continue
    const team: TeamRow = await db
      .insertInto('volunteer_teams')
      .values({
        community_id: community.id,
        name: t.name,
        kind: t.kind,
        intro: t.intro,
        auto_approve: t.autoApprove,
        created_by: null,
        created_at: new Date(now.getTime() - 60 * DAY),
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    teams++
    const members: number[] = []
    for (const name of t.members) {
      const id = await person(ctx, name, community.id)
      members.push(id)
      await db
        .insertInto('volunteer_members')
        .values({
          team_id: team.id,
          user_id: id,
          status: 'active',
          organiser: name === t.organiser,
          joined_at: new Date(now.getTime() - 50 * DAY),
        })
        .execute()
    }
    for (const k of t.tasks) {
      const startsAt = new Date(now.getTime() + k.at)
      // A task is posted before it starts (a past one a week before).
      const id = await createTask(
        { ...ctx, now: new Date(Math.min(now.getTime(), startsAt.getTime() - 7 * DAY)) },
        team,
        {
          kind: k.kind,
          title: k.title,
          description: '',
          place: k.place,
          startsAt,
          minutes: k.minutes,
          helpers: k.helpers,
          repairKind: 'repair' in k ? k.repair : undefined,
          createdBy: members[0],
        },
      )
      tasks++
      const slot = await db
        .selectFrom('volunteer_tasks')
        .select('slot_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      const takers = k.hours.length ? members.slice(0, k.hours.length) : members.slice(0, 1)
      for (const userId of takers)
        await reserve(ctx, {
          slotId: Number(slot.slot_id),
          userId,
          holdKey: taskHoldKey(id),
          seats: 1,
          waitlist: false,
        })
      for (const [i, minutes] of k.hours.entries()) {
        await db
          .insertInto('volunteer_hours')
          .values({
            task_id: id,
            user_id: takers[i],
            minutes,
            confirmed_by: null,
            confirmed_at: new Date(startsAt.getTime() + k.minutes * 60_000 + HOUR),
          })
          .execute()
        hours++
      }
      if (k.hours.length) await db.updateTable('volunteer_tasks').set({ status: 'done' }).where('id', '=', id).execute()
    }
  }
  return { volunteer_teams: teams, volunteer_tasks: tasks, volunteer_hours: hours }
}
