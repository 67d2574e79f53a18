import { z } from 'zod'
import { action, id, instant, keysOf, noInput, text } from './define'

// 志愿服务: teams per community with an organiser; members sign up from 我的; service tasks (a
// repair a worker asked for, a shift at a station, an activity needing helpers) that members take;
// hours an organiser confirms; a member's hours and history; team statistics and an hours export.

export const TEAM_KINDS = { general: '综合志愿服务', repair: '维修互助' } as const
export type TeamKind = keyof typeof TEAM_KINDS
export const TASK_KINDS = { repair: '上门维修', shift: '站点值班', activity: '活动协助' } as const
export type TaskKind = keyof typeof TASK_KINDS
export const taskKindSchema = keysOf(TASK_KINDS)
export const REPAIR_KINDS = { appliance: '家电维修', plumbing: '水电维修' } as const
export type RepairKind = keyof typeof REPAIR_KINDS
export const repairKindSchema = keysOf(REPAIR_KINDS)
export const MEMBER_STATUS = { pending: '待审核', active: '队员', declined: '未通过' } as const

/** What the caller may do with a team or a task (the page shows these buttons, nothing else). */
export const TEAM_ACTIONS = ['join', 'organise'] as const
/** What an organiser may do with one person of the team (members' `can`): 通过 / 婉拒 a pending sign-up. */
export const MEMBER_ACTIONS = ['decide'] as const
export const TASK_ACTIONS = ['take', 'confirm'] as const

const team = z.object({
  id,
  name: z.string(),
  kind: keysOf(TEAM_KINDS),
  kindLabel: z.string(),
  intro: z.string(),
  community: z.string(),
  members: z.number().int(),
  organisers: z.array(z.string()),
  /** The caller's standing: null (not a member), pending, active, declined. */
  myStatus: keysOf(MEMBER_STATUS).nullable(),
  can: z.array(z.enum(TEAM_ACTIONS)),
})
export type Team = z.infer<typeof team>

const helper = z.object({ userId: id, name: z.string(), minutes: z.number().int().nullable() })
const task = z.object({
  id,
  teamId: id,
  team: z.string(),
  kind: taskKindSchema,
  kindLabel: z.string(),
  title: z.string(),
  description: z.string(),
  place: z.string(),
  startsAt: z.string(),
  minutes: z.number().int(),
  helpers: z.number().int(),
  taken: z.number().int(),
  status: z.enum(['open', 'done', 'cancelled']),
  repairKind: z.string().nullable(),
  /** Who asked for a repair, masked. */
  requestedBy: z.string().nullable(),
  takenByMe: z.boolean(),
  /** Organisers see who took it and the hours confirmed; others get []. */
  takers: z.array(helper),
  can: z.array(z.enum(TASK_ACTIONS)),
})
export type VolunteerTask = z.infer<typeof task>

const byTeam = z.object({ teamId: id }).strict()
const note = (min: number, label: string, max: number) => text(max).min(min, label)

export const volunteersContract = {
  /** A community's teams with the caller's standing in each. */
  teams: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({ community: z.object({ id, name: z.string() }), items: z.array(team) }),
    idempotent: true,
  }),
  /** A 社工 of the community starts a team. */
  saveTeam: action({
    input: z
      .object({
        communityId: id,
        name: note(2, '请填写队伍名称', 30),
        kind: keysOf(TEAM_KINDS),
        intro: text(300).default(''),
        autoApprove: z.boolean().default(false),
      })
      .strict(),
    output: team,
  }),
  /** Sign up from 我的 (approved at once when the team says so, else by an organiser). */
  join: action({ input: byTeam.extend({ skills: text(100).default('') }).strict(), output: team }),
  /** Organisers: people waiting to join and the members. */
  members: action({
    input: byTeam,
    output: z.object({
      items: z.array(
        z.object({
          userId: id,
          name: z.string(),
          phone: z.string(),
          skills: z.string(),
          status: keysOf(MEMBER_STATUS),
          organiser: z.boolean(),
          minutes: z.number().int(),
          can: z.array(z.enum(MEMBER_ACTIONS)),
        }),
      ),
    }),
    idempotent: true,
  }),
  /** An organiser approves or declines a sign-up. */
  decideMember: action({ input: byTeam.extend({ userId: id, approve: z.boolean() }).strict(), output: team }),
  /** A 社工 of the community makes a member an organiser. */
  makeOrganiser: action({ input: byTeam.extend({ userId: id }).strict(), output: team }),
  /** An organiser posts a task: a shift at a station, an activity needing helpers, a repair. */
  saveTask: action({
    input: byTeam
      .extend({
        kind: taskKindSchema,
        title: note(2, '请填写任务名称', 40),
        description: text(500).default(''),
        place: text(60).default(''),
        startsAt: instant,
        minutes: z.number().int().min(15, '时长至少 15 分钟').max(720, '时长不能超过 12 小时'),
        helpers: z.number().int().min(1, '至少需要 1 人').max(200, '人数不能超过 200'),
      })
      .strict(),
    output: task,
  }),
  /** A worker asks for a repair (家电/水电维修): it goes to the community's repair team as a task. */
  requestRepair: action({
    input: z
      .object({
        communityId: id.optional(),
        repairKind: repairKindSchema,
        title: note(2, '请简单说明要修什么', 40),
        description: text(500).default(''),
        place: note(2, '请填写地点（如宿舍楼号、房间）', 60),
        startsAt: instant,
      })
      .strict(),
    output: task,
  }),
  /** A team's tasks, coming first. */
  tasks: action({
    input: byTeam,
    output: z.object({ team, items: z.array(task) }),
    idempotent: true,
  }),
  /** A member takes a task (one place of its helpers, through the reservation core). */
  takeTask: action({ input: z.object({ taskId: id }).strict(), output: task }),
  /** The organiser confirms a helper's hours (not above the task's length, only for a task they took). */
  confirmHours: action({
    input: z.object({ taskId: id, userId: id, minutes: z.number().int().min(1, '时长至少 1 分钟').max(720) }).strict(),
    output: task,
  }),
  /** 我的志愿: my teams, hours and history. */
  myHours: action({
    input: noInput,
    output: z.object({
      totalMinutes: z.number().int(),
      teams: z.array(z.object({ id, name: z.string(), status: keysOf(MEMBER_STATUS), organiser: z.boolean() })),
      history: z.array(
        z.object({
          taskId: id,
          team: z.string(),
          title: z.string(),
          kindLabel: z.string(),
          startsAt: z.string(),
          minutes: z.number().int().nullable(),
        }),
      ),
    }),
    idempotent: true,
  }),
  /** Team statistics: members, tasks, hours, by member and by kind. */
  teamStats: action({
    input: byTeam,
    output: z.object({
      team: z.string(),
      members: z.number().int(),
      tasksDone: z.number().int(),
      tasksOpen: z.number().int(),
      totalMinutes: z.number().int(),
      byKind: z.array(
        z.object({ kind: taskKindSchema, label: z.string(), tasks: z.number().int(), minutes: z.number().int() }),
      ),
      byMember: z.array(z.object({ name: z.string(), tasks: z.number().int(), minutes: z.number().int() })),
    }),
    idempotent: true,
  }),
  /** The team's confirmed hours as a spreadsheet (server/sheets.ts). */
  exportHours: action({
    input: byTeam.extend({ format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({
      filename: z.string(),
      content: z.string(),
      encoding: z.enum(['utf8', 'base64']),
      rows: z.number().int(),
    }),
  }),
}

export const VOLUNTEER_SUBSCRIBE_KINDS = ['volunteer_task'] as const
