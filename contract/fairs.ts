import { z } from 'zod'
import { action, bigId, date, hhmm, id, keysOf, noInput, text } from './define'

// 专场招聘会: the weekly job fairs of a community's 零工市场 (1860青年公社). A 社工 makes a fair
// once as a series (one date, or every week within a horizon); enterprises book booths and list
// the positions they bring; job seekers register, get an entry code and are checked in at the
// door; at the fair a seeker 投递 at a booth by scanning its code; the enterprise marks 达成意向 and
// later 录用. Booths and entries are seats of the one reservation core.

export const PAY_UNITS = { hour: '元/小时', day: '元/天', piece: '元/件', month: '元/月' } as const
export const payUnitSchema = keysOf(PAY_UNITS)
export type PayUnit = keyof typeof PAY_UNITS

/** How many weeks ahead a weekly series keeps its fairs made (the horizon). */
export const SERIES_WEEKS = { min: 1, max: 12, default: 8 } as const

/** Hires recorded this many days after the fair still count as its hires. */
export const HIRE_WINDOW_DAYS = 30

export const FAIR_ACTIONS = ['register', 'cancelRegistration', 'bookBooth', 'manage'] as const
export const APPLICATION_ACTIONS = ['intent', 'hire'] as const

const position = z.object({
  title: z.string(),
  headcount: z.number().int(),
  payLow: z.number().int(),
  payHigh: z.number().int(),
  payUnit: payUnitSchema,
  /** e.g. "180–220 元/天": the unit is always shown. */
  pay: z.string(),
  requirements: z.string(),
})
export type FairPosition = z.infer<typeof position>

export const positionInput = z
  .object({
    title: text(40).min(1, '请填写岗位名称'),
    headcount: z.number().int().min(1, '招聘人数至少为 1').max(999, '招聘人数最多 999'),
    payLow: z.number().int().min(1, '薪资应大于 0').max(1_000_000, '薪资数额过大'),
    payHigh: z.number().int().min(1, '薪资应大于 0').max(1_000_000, '薪资数额过大'),
    payUnit: payUnitSchema,
    requirements: text(300).default(''),
  })
  .strict()
  .refine((p) => p.payHigh >= p.payLow, { message: '最高薪资不能低于最低薪资', path: ['payHigh'] })

const positions = z.array(positionInput).min(1, '请至少列出一个岗位').max(10, '每个展位最多列 10 个岗位')

const fairSummary = z.object({
  id,
  seriesId: id,
  communityId: id,
  communityName: z.string(),
  title: z.string(),
  place: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  startsAt: z.string(),
  status: z.enum(['scheduled', 'cancelled', 'ended']),
  cancelReason: z.string().nullable(),
  booths: z.number().int(),
  boothsBooked: z.number().int(),
  capacity: z.number().int(),
  registered: z.number().int(),
})
export type FairSummary = z.infer<typeof fairSummary>

const registration = z.object({
  id: bigId,
  code: z.string(),
  /** The entry code's QR picture (data URL), shown at the door. */
  qr: z.string(),
  status: z.enum(['confirmed', 'redeemed', 'cancelled', 'no_show', 'waitlisted', 'pending', 'offered']),
  checkedInAt: z.string().nullable(),
})

const application = z.object({
  id,
  /** Masked (王**) unless the enterprise hired the person. */
  name: z.string(),
  /** Masked (138****5601) unless the enterprise hired the person. */
  phone: z.string().nullable(),
  appliedAt: z.string(),
  intentAt: z.string().nullable(),
  hiredAt: z.string().nullable(),
  can: z.array(z.enum(APPLICATION_ACTIONS)),
})

export const fairStats = z.object({
  fairs: z.number().int(),
  booths: z.number().int(),
  boothsBooked: z.number().int(),
  capacity: z.number().int(),
  registered: z.number().int(),
  checkedIn: z.number().int(),
  applications: z.number().int(),
  intents: z.number().int(),
  hires: z.number().int(),
})
export type FairStats = z.infer<typeof fairStats>

const seriesInput = {
  title: text(40).min(2, '请填写招聘会名称（至少 2 个字）'),
  place: text(80).min(2, '请填写举办地点'),
  booths: z.number().int().min(1, '展位数至少为 1').max(500, '展位数最多 500'),
  capacity: z.number().int().min(1, '求职者名额至少为 1').max(10_000, '求职者名额最多 10000'),
}

export const fairsContract = {
  /** Upcoming fairs (of one community, or all). */
  list: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({ items: z.array(fairSummary), signedIn: z.boolean(), canManage: z.boolean() }),
    idempotent: true,
  }),
  /** A fair with its booths and positions; the asker's entry code and booth; what they may do. */
  detail: action({
    input: z.object({ fairId: id }).strict(),
    output: z.object({
      fair: fairSummary,
      booths: z.array(z.object({ id, enterpriseName: z.string(), positions: z.array(position) })),
      mine: registration.nullable(),
      myBoothId: id.nullable(),
      /** Enterprises the asker may book a booth for (their liaison grants) that have none here yet. */
      bookableFor: z.array(z.object({ id, name: z.string() })),
      can: z.array(z.enum(FAIR_ACTIONS)),
      signedIn: z.boolean(),
    }),
    idempotent: true,
  }),
  /** 社工: make a fair once, or every week (its fairs within the horizon are made now and kept made). */
  createSeries: action({
    input: z
      .object({
        communityId: id,
        ...seriesInput,
        firstDate: date,
        start: hhmm,
        end: hhmm,
        repeat: z.enum(['once', 'weekly']),
        weeks: z.number().int().min(SERIES_WEEKS.min).max(SERIES_WEEKS.max).default(SERIES_WEEKS.default),
      })
      .strict(),
    output: z.object({ seriesId: id, fairIds: z.array(id) }),
  }),
  /** 社工: change a series' name, place, booths, seekers or horizon; its coming fairs follow. */
  editSeries: action({
    input: z
      .object({
        seriesId: id,
        ...seriesInput,
        weeks: z.number().int().min(SERIES_WEEKS.min).max(SERIES_WEEKS.max),
      })
      .strict(),
    output: z.object({ seriesId: id, fairIds: z.array(id) }),
  }),
  /** 社工: cancel one fair; everyone booked or registered is told. */
  cancelFair: action({
    input: z.object({ fairId: id, reason: text(100).min(2, '请填写取消原因') }).strict(),
    output: z.object({ told: z.number().int() }),
  }),
  /** 社工: the series of the communities they keep, with their coming fairs. */
  managed: action({
    input: noInput,
    output: z.object({
      communities: z.array(z.object({ id, name: z.string() })),
      series: z.array(
        z.object({
          id,
          communityId: id,
          title: z.string(),
          place: z.string(),
          repeat: z.enum(['once', 'weekly']),
          /** 每周三 14:00–17:00 */
          rule: z.string(),
          booths: z.number().int(),
          capacity: z.number().int(),
          weeks: z.number().int(),
          fairs: z.array(fairSummary),
        }),
      ),
    }),
    idempotent: true,
  }),
  /** Enterprise liaison: book a booth for their enterprise, with the positions it brings. */
  bookBooth: action({
    input: z.object({ fairId: id, enterpriseId: id, positions }).strict(),
    output: z.object({ boothId: id }),
  }),
  savePositions: action({
    input: z.object({ boothId: id, positions }).strict(),
    output: z.object({ boothId: id }),
  }),
  /** Give the booth back before the fair starts. */
  cancelBooth: action({
    input: z.object({ boothId: id }).strict(),
    output: z.object({ boothId: id }),
  }),
  /** The enterprise's booth: its code (QR for seekers to scan), positions and applications. */
  myBooth: action({
    input: z.object({ boothId: id }).strict(),
    output: z.object({
      boothId: id,
      fair: fairSummary,
      enterpriseName: z.string(),
      code: z.string(),
      qr: z.string(),
      positions: z.array(position),
      applications: z.array(application),
      cancellable: z.boolean(),
    }),
    idempotent: true,
  }),
  /** Job seeker: register for a fair; the answer carries the entry code. */
  register: action({
    input: z.object({ fairId: id }).strict(),
    output: registration,
  }),
  cancelRegistration: action({
    input: z.object({ fairId: id }).strict(),
    output: z.object({ fairId: id }),
  }),
  /** At the door: staff check an entry code in, once. */
  checkIn: action({
    input: z.object({ fairId: id, code: text(64).min(4, '请输入入场码') }).strict(),
    output: z.object({ name: z.string(), checkedInAt: z.string(), checkedIn: z.number().int() }),
  }),
  /** 投递: a checked-in seeker scans a booth's code on the fair's day. */
  apply: action({
    input: z.object({ boothCode: text(64).min(4, '请扫描展位码') }).strict(),
    output: z.object({ applicationId: id, enterpriseName: z.string(), fairTitle: z.string() }),
  }),
  markIntent: action({
    input: z.object({ applicationId: id }).strict(),
    output: application,
  }),
  markHired: action({
    input: z.object({ applicationId: id }).strict(),
    output: application,
  }),
  /** 我的招聘会: registrations, applications and (for liaisons) booths. */
  mine: action({
    input: noInput,
    output: z.object({
      registrations: z.array(z.object({ fair: fairSummary, status: registration.shape.status })),
      applications: z.array(
        z.object({
          id,
          fairTitle: z.string(),
          date: z.string(),
          enterpriseName: z.string(),
          status: z.enum(['applied', 'intent', 'hired']),
        }),
      ),
      booths: z.array(
        z.object({ boothId: id, fair: fairSummary, enterpriseName: z.string(), applications: z.number().int() }),
      ),
    }),
    idempotent: true,
  }),
  /** 社工: the figures of one fair and of its series. */
  stats: action({
    input: z.object({ fairId: id }).strict(),
    output: z.object({
      fair: fairSummary,
      seriesTitle: z.string(),
      fairStats,
      seriesStats: fairStats,
      booths: z.array(
        z.object({
          enterpriseName: z.string(),
          applications: z.number().int(),
          intents: z.number().int(),
          hires: z.number().int(),
        }),
      ),
    }),
    idempotent: true,
  }),
  /** 社工: a fair's results as xlsx or CSV (phones masked except of people hired). */
  exportResults: action({
    input: z.object({ fairId: id, format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict(),
    output: z.object({
      filename: z.string(),
      /** CSV text (with BOM), or the xlsx file as base64. */
      content: z.string(),
      encoding: z.enum(['utf8', 'base64']),
      rows: z.number().int(),
    }),
  }),
}
