import { z } from 'zod'
import { action, bigId, date, id, instant, keysOf, noInput, text } from './define'
import { reservationStatusSchema, type ReservationStatus } from './reservations'

export const ACTIVITY_CATEGORIES = {
  interest: '兴趣社群',
  youth: '青年联谊',
  sports: '文体赛事',
  class: '周末课堂·夜校',
  family: '亲子研学·托管',
  noon: '午间一小时',
  salon: '政策沙龙',
  tech: '技术论证会',
  jobs: '专场招聘会',
} as const
export const activityCategorySchema = keysOf(ACTIVITY_CATEGORIES)

export const AUDIENCES = {
  all: '所有人',
  workers: '职工和骑手',
  youth: '青年（35 岁及以下）',
  families: '家庭（带孩子）',
  enterprises: '企业',
} as const
export const audienceSchema = keysOf(AUDIENCES)

export const REGISTRATION_STATUS: Record<ReservationStatus, string> = {
  confirmed: '已报名',
  waitlisted: '候补中',
  pending: '待审核',
  offered: '待确认名额',
  cancelled: '已取消',
  redeemed: '已签到',
  no_show: '未到场',
}

/** A question's key in the answers (letters, digits, _). */
const questionId = z.string().regex(/^[a-z0-9_]{1,20}$/, '{at}应为 1–20 位小写字母、数字或下划线')

const questionSchema = z
  .object({
    id: questionId,
    label: text(60).min(1),
    required: z.boolean(),
    options: z.array(text(30).min(1)).max(10).default([]),
  })
  .strict()

const summary = z.object({
  id,
  title: z.string(),
  category: activityCategorySchema,
  communityName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  waitlisted: z.number().int(),
  status: z.enum(['published', 'cancelled']),
  registrationOpen: z.boolean(),
  myStatus: reservationStatusSchema.nullable(),
})

const registration = z.object({
  /** A reservation (int8). */
  id: bigId,
  status: reservationStatusSchema,
  code: z.string(),
  qr: z.string().nullable(),
  /** Place in the waitlist now (1 = next), when waitlisted. */
  position: z.number().int().nullable(),
  seats: z.number().int(),
  offerExpiresAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
})

/**
 * What the caller may do with an activity now (detail's `can`; the page shows these buttons):
 * sign up (or join the waitlist when full; signed-out people too, the tap asks them to sign in),
 * cancel their registration (or leave the waitlist), confirm a seat offered from the waitlist,
 * add it to their calendar, open the roster and check-in (organizers).
 */
export const ACTIVITY_ACTIONS = ['signUp', 'cancel', 'confirmOffer', 'calendar', 'roster'] as const
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number]

const detail = summary.extend({
  description: z.string(),
  organizerName: z.string(),
  address: z.string(),
  stationId: z.number().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  audience: audienceSchema,
  approvalRequired: z.boolean(),
  confirmHours: z.number().nullable(),
  registrationOpensAt: z.string(),
  registrationClosesAt: z.string(),
  whatToBring: z.string(),
  questions: z.array(questionSchema),
  maxChildren: z.number().int(),
  reservedSeats: z.number().int(),
  checkedIn: z.number().int(),
  cancelReason: z.string().nullable(),
  can: z.array(z.enum(ACTIVITY_ACTIONS)),
  /** Why the caller cannot sign up now (报名将于…开始, 报名已于…截止, 这个活动面向…); null when they can or hold a registration. */
  signUpNote: z.string().nullable(),
  mine: registration.nullable(),
  groupName: z.string().nullable(),
})
export type ActivityDetail = z.infer<typeof detail>

const editable = z
  .object({
    title: text(40).min(2, '标题至少 2 个字'),
    category: activityCategorySchema,
    description: text(2000).default(''),
    startsAt: instant,
    endsAt: instant,
    stationId: id.nullable().default(null),
    address: text(100).default(''),
    audience: audienceSchema.default('all'),
    approvalRequired: z.boolean().default(false),
    confirmHours: z.number().int().min(1).max(72).nullable().default(null),
    registrationOpensAt: instant,
    registrationClosesAt: instant,
    whatToBring: text(200).default(''),
    questions: z.array(questionSchema).max(10).default([]),
    maxChildren: z.number().int().min(0).max(5).default(0),
    capacity: z.number().int().min(1, '名额至少为 1').max(5000),
    reservedSeats: z.number().int().min(0).max(5000).default(0),
    groupId: id.nullable().default(null),
  })
  .strict()

const rosterRow = z.object({
  registrationId: bigId,
  name: z.string(),
  phone: z.string(),
  status: reservationStatusSchema,
  seats: z.number().int(),
  position: z.number().int().nullable(),
  answers: z.record(z.string()),
  checkedInAt: z.string().nullable(),
})

export const activitiesContract = {
  list: action({
    input: z
      .object({
        category: activityCategorySchema.optional(),
        communityId: id.optional(),
        /** Shanghai date; with `days`, the week strip. */
        from: date.optional(),
        days: z.number().int().min(1).max(31).default(31),
        hasSeats: z.boolean().default(false),
        q: text(20).default(''),
      })
      .strict(),
    output: z.object({ items: z.array(summary) }),
    idempotent: true,
  }),
  detail: action({ input: z.object({ id }).strict(), output: detail, idempotent: true }),
  signUp: action({
    input: z
      .object({
        activityId: id,
        answers: z.record(questionId, text(200)).default({}),
        children: z.number().int().min(0, '孩子人数不能为负数').max(10, '孩子人数超出上限').default(0),
        birthYear: z.number().int().min(1920).max(2030).optional(),
      })
      .strict(),
    output: registration,
  }),
  cancel: action({ input: z.object({ activityId: id, reason: text(100).optional() }).strict(), output: registration }),
  confirmOffer: action({ input: z.object({ activityId: id }).strict(), output: registration }),
  mine: action({
    input: noInput,
    output: z.object({
      upcoming: z.array(summary.extend({ registration })),
      waitlisted: z.array(summary.extend({ registration })),
      past: z.array(summary.extend({ registration })),
    }),
    idempotent: true,
  }),
  save: action({
    input: z.union([
      editable.extend({ id: z.undefined().optional() }),
      editable.extend({ id, overflow: z.enum(['refuse', 'waitlist']).default('refuse') }),
    ]),
    output: z.object({ id, moved: z.number().int(), promoted: z.number().int() }),
  }),
  duplicate: action({
    input: z.object({ id, startsAt: instant }).strict(),
    output: z.object({ id }),
  }),
  reschedule: action({
    input: z.object({ id, startsAt: instant, endsAt: instant, reason: text(60).min(2, '请说明改期原因') }).strict(),
    output: z.object({ notified: z.number().int(), remindersDropped: z.number().int() }),
  }),
  cancelActivity: action({
    input: z.object({ id, reason: text(60).min(2, '请说明取消原因') }).strict(),
    output: z.object({ notified: z.number().int() }),
  }),
  roster: action({
    input: z.object({ id }).strict(),
    output: z.object({
      title: z.string(),
      rows: z.array(rosterRow),
      counts: z.object({
        registered: z.number().int(),
        waitlisted: z.number().int(),
        pending: z.number().int(),
        checkedIn: z.number().int(),
      }),
      phonesMasked: z.boolean(),
    }),
    idempotent: true,
  }),
  exportRoster: action({
    input: z.object({ id }).strict(),
    output: z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() }),
    idempotent: true,
  }),
  checkIn: action({
    input: z.object({ id, code: text(60).min(4, '请输入报名码') }).strict(),
    output: z.object({ name: z.string(), seats: z.number().int(), checkedInAt: z.string() }),
  }),
  review: action({
    input: z.object({ registrationId: bigId, approve: z.boolean(), reason: text(100).optional() }).strict(),
    output: z.object({ status: reservationStatusSchema }),
  }),
  groups: action({
    input: noInput,
    output: z.object({
      items: z.array(
        z.object({
          id,
          name: z.string(),
          intro: z.string(),
          communityId: id,
          communityName: z.string(),
          cover: z.string().nullable(),
          members: z.number().int(),
          joined: z.boolean(),
          /** What the asker may do with it: 'edit' and 'archive' for the community's 社工 and admins. */
          can: z.array(z.enum(['edit', 'archive'])),
        }),
      ),
      /** The communities the asker may make groups in (empty for most people). */
      keeps: z.array(z.object({ id, name: z.string() })),
    }),
    idempotent: true,
  }),
  /** The community's 社工 (admins: any): a new interest group, or a group's name, intro and cover. Audited. */
  saveGroup: action({
    input: z
      .object({
        groupId: id.optional(),
        communityId: id,
        name: text(20).min(2, '请填写社群名称（至少 2 个字）'),
        intro: text(200).default(''),
        /** A weapp cloud file id, or a small JPEG/PNG data URL on H5 (the photo picker's). */
        cover: text(700_000, '封面图太大，请换一张或裁小一些')
          .regex(/^(cloud:\/\/\S+|data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+)$/, '封面图格式不正确')
          .nullable()
          .default(null),
      })
      .strict(),
    output: z.object({ groupId: id, created: z.boolean() }),
  }),
  /** The community's 社工: archive a group. It leaves the list and takes no members or activities; its past stays. */
  archiveGroup: action({
    input: z.object({ groupId: id }).strict(),
    output: z.object({ archived: z.boolean() }),
  }),
  joinGroup: action({ input: z.object({ groupId: id }).strict(), output: z.object({ joined: z.boolean() }) }),
  leaveGroup: action({ input: z.object({ groupId: id }).strict(), output: z.object({ joined: z.boolean() }) }),
}

export { ACTIVITY_SUBSCRIBE_KINDS } from './notify-categories'
