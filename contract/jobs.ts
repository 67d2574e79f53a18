import { z } from 'zod'
import { action, date, id, instant, keysOf, noInput, text } from './define'

// 零工市场: postings by enterprises (checked before they are public), job profiles, one-tap
// applications with their status, the enterprise's applicants, gig shifts with check-in by the
// site's code, hours confirmed, ratings both ways.

export const JOB_KINDS = { full_time: '全职', part_time: '兼职', gig: '零工日结', intern: '实习' } as const
export const PAY_UNITS = { hour: '时', day: '天', piece: '件', month: '月' } as const
export const JOB_SHIFTS = { day: '白班', night: '夜班', rotating: '两班倒', flexible: '弹性' } as const
export const AVAILABILITY = {
  any: '随时可到岗',
  weekdays: '工作日',
  weekends: '周末',
  evenings: '晚间',
  gigs: '只做日结零工',
} as const
export const POSTING_STATUS = { review: '审核中', open: '招聘中', refused: '未通过审核', closed: '已结束' } as const
export const APPLICATION_STATUS = {
  applied: '已投递',
  viewed: '已查看',
  interview: '邀请面试',
  hired: '录用',
  rejected: '未通过',
  withdrawn: '已撤回',
} as const
/** Certificates people look for (free text is allowed too). */
export const COMMON_CERTIFICATES = ['叉车证', '电工证', '焊工证', '健康证', '登高证', '驾驶证C1', '驾驶证A2'] as const
export const COMMON_BENEFITS = ['包吃', '包住', '班车', '五险一金', '加班费', '工作餐'] as const

export const jobKindSchema = keysOf(JOB_KINDS)
export const payUnitSchema = keysOf(PAY_UNITS)
export const jobShiftSchema = keysOf(JOB_SHIFTS)
export const availabilitySchema = keysOf(AVAILABILITY)
export const applicationStatusSchema = keysOf(APPLICATION_STATUS)

const lng = z.number().finite().min(73).max(136)
const lat = z.number().finite().min(3).max(54)
const tags = (max: number) => z.array(text(20).min(1)).max(max)

/** Pay with its unit, always shown together: ¥25/时. */
export const payLabel = (cents: number, unit: keyof typeof PAY_UNITS) =>
  `¥${cents % 100 === 0 ? cents / 100 : (cents / 100).toFixed(2)}/${PAY_UNITS[unit]}`

const shiftIn = z.object({ startsAt: instant, endsAt: instant }).strict()

export const postingInput = z
  .object({
    /** Editing: the posting's id (back to review after the edit). */
    id: id.optional(),
    enterpriseId: id,
    /** A 用工 demand of this enterprise (企呼我应) the posting answers: its hires are noted on it. */
    demandId: id.nullable().default(null),
    title: text(40).min(2, '请填写岗位名称'),
    kind: jobKindSchema,
    headcount: z.number().int().min(1, '招聘人数至少 1 人').max(9999),
    payCents: z.number().int().min(1, '请填写薪资').max(100_000_000),
    payUnit: payUnitSchema,
    shift: jobShiftSchema.default('day'),
    /** Empty: the enterprise's address. */
    place: text(100).default(''),
    lng,
    lat,
    startDate: date,
    endDate: date.nullable().default(null),
    shifts: z.array(shiftIn).max(60).default([]),
    certificates: tags(8).default([]),
    skills: tags(10).default([]),
    ageMin: z.number().int().min(16).max(70).nullable().default(null),
    ageMax: z.number().int().min(16).max(70).nullable().default(null),
    healthCert: z.boolean().default(false),
    benefits: tags(8).default([]),
    description: text(2000).default(''),
    contactName: text(20).min(1, '请填写联系人'),
    contactPhone: text(20).regex(/^[\d\s+-]{7,20}$/, '联系电话格式不正确'),
  })
  .strict()

export const POSTING_ACTIONS = ['apply', 'withdraw', 'report', 'edit', 'close', 'review', 'applicants'] as const

const shiftOut = z.object({ id, startsAt: z.string(), endsAt: z.string(), label: z.string() })

const postingSummary = z.object({
  id,
  title: z.string(),
  kind: jobKindSchema,
  kindLabel: z.string(),
  enterprise: z.string(),
  pay: z.string(),
  payCents: z.number().int(),
  payUnit: payUnitSchema,
  shift: jobShiftSchema,
  place: z.string(),
  lng: z.number(),
  lat: z.number(),
  /** Metres from the asker's position; null without one. */
  distanceM: z.number().int().nullable(),
  startDate: z.string(),
  headcount: z.number().int(),
  hired: z.number().int(),
  certificates: z.array(z.string()),
  benefits: z.array(z.string()),
  status: z.enum(['review', 'open', 'refused', 'closed']),
  statusLabel: z.string(),
})
export type PostingSummary = z.infer<typeof postingSummary>

const applicationOut = z.object({
  id,
  status: applicationStatusSchema,
  statusLabel: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  shiftIds: z.array(id),
  can: z.array(z.enum(['withdraw', 'checkIn', 'rate'])),
})

const postingDetail = postingSummary.extend({
  endDate: z.string().nullable(),
  description: z.string(),
  demandId: id.nullable(),
  skills: z.array(z.string()),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  healthCert: z.boolean(),
  shifts: z.array(shiftOut),
  /** Shown only to liaisons and to applicants the enterprise invited or hired; else null. */
  contact: z.object({ name: z.string(), phone: z.string() }).nullable(),
  reviewNote: z.string(),
  mine: applicationOut.nullable(),
  can: z.array(z.enum(POSTING_ACTIONS)),
})
export type PostingDetail = z.infer<typeof postingDetail>

const profile = z.object({
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
  availability: availabilitySchema,
  phone: z.string(),
  intro: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
})

const applicant = z.object({
  id,
  name: z.string(),
  status: applicationStatusSchema,
  statusLabel: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
  availability: z.string(),
  distanceM: z.number().int().nullable(),
  /** Masked until the enterprise invited or hired the person. */
  phone: z.string(),
  note: z.string(),
  shifts: z.array(
    z.object({
      shiftId: id,
      label: z.string(),
      checkedInAt: z.string().nullable(),
      checkedOutAt: z.string().nullable(),
      confirmedMinutes: z.number().int().nullable(),
      noShow: z.boolean(),
    }),
  ),
  can: z.array(z.enum(['view', 'interview', 'hire', 'reject', 'confirmHours', 'rate'])),
})

const nearbyInput = z
  .object({
    lng: lng.optional(),
    lat: lat.optional(),
    kind: jobKindSchema.optional(),
    payUnit: payUnitSchema.optional(),
    /** Only postings paying at least this, in the unit asked for (payUnit). */
    minPayCents: z.number().int().min(0).max(100_000_000).optional(),
    /** 日结 only. */
    daily: z.boolean().optional(),
    shift: jobShiftSchema.optional(),
    certificate: text(20).optional(),
    sort: z.enum(['distance', 'pay', 'start']).default('distance'),
    page: z.number().int().min(0).max(50).default(0),
  })
  .strict()

const shareOut = z.object({
  id,
  enterprise: z.string(),
  side: z.enum(['lend', 'borrow']),
  headcount: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  skills: z.array(z.string()),
  note: z.string(),
  status: z.enum(['open', 'matched', 'closed']),
  community: z.string(),
  /** match: the 社工 of its community may match this open offer with one of the other side. */
  can: z.array(z.enum(['match'])),
})
const shareMatchOut = z.object({
  id,
  lender: z.string(),
  borrower: z.string(),
  headcount: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  lenderConfirmed: z.boolean(),
  borrowerConfirmed: z.boolean(),
  /** Lent workers: masked names, consent state. */
  workers: z.array(z.object({ name: z.string(), consent: z.enum(['pending', 'consented', 'declined']) })),
  /** Worker-days: consented workers × days of the period. */
  workerDays: z.number().int(),
  can: z.array(z.enum(['confirm', 'addWorker', 'consent'])),
})
export const SHARE_SIDES = { lend: '富余可借出', borrow: '高峰需借入' } as const

export const jobSharesContract = {
  /** 共享员工: an enterprise offers slack workers (lend) or asks for workers at a peak (borrow). */
  shareOffer: action({
    input: z
      .object({
        enterpriseId: id,
        side: z.enum(['lend', 'borrow']),
        headcount: z.number().int().min(1, '人数至少 1 人').max(999),
        startDate: date,
        endDate: date,
        skills: tags(8).default([]),
        note: text(200).default(''),
      })
      .strict(),
    output: z.object({ id }),
  }),
  /** The 社工's board (their communities; admins all) or a liaison's own offers and matches. */
  shareBoard: action({
    input: noInput,
    output: z.object({
      offers: z.array(shareOut),
      matches: z.array(shareMatchOut),
      /** The enterprises the caller may offer or ask for (their liaison grants). */
      enterprises: z.array(z.object({ id, name: z.string() })),
      /** offer: a liaison; match: a 社工 (admins) who matches offers; stats: sees shared worker-days. */
      can: z.array(z.enum(['offer', 'match', 'stats'])),
    }),
    idempotent: true,
  }),
  shareMatch: action({
    input: z.object({ lendId: id, borrowId: id, headcount: z.number().int().min(1).max(999) }).strict(),
    output: z.object({ id }),
  }),
  shareConfirm: action({ input: z.object({ matchId: id }).strict(), output: z.object({ side: z.string() }) }),
  /** The lender names a worker it lends: by account (userId) or by the phone the worker signed up with. */
  shareAddWorker: action({
    input: z
      .object({
        matchId: id,
        userId: id.optional(),
        phone: text(20)
          .regex(/^1\d{10}$/, '手机号应为 11 位数字')
          .optional(),
      })
      .strict()
      .refine((v) => (v.userId === undefined) !== (v.phone === undefined), {
        message: '请填写员工的手机号',
        path: ['phone'],
      }),
    output: z.object({ added: z.literal(true) }),
  }),
  shareConsent: action({
    input: z.object({ matchId: id, consent: z.boolean() }).strict(),
    output: z.object({ consent: z.enum(['consented', 'declined']) }),
  }),
  /** Shared worker-days per community (confirmed matches, consenting workers). */
  shareStats: action({
    input: noInput,
    output: z.object({
      communities: z.array(
        z.object({ community: z.string(), matches: z.number().int(), workerDays: z.number().int() }),
      ),
    }),
    idempotent: true,
  }),
}

export const JOBS_PAGE = 20

const count = z.number().int()
const marketRow = z.object({
  communityId: id,
  community: z.string(),
  openPostings: count,
  reviewPostings: count,
  applications: count,
  byStatus: z.array(z.object({ status: applicationStatusSchema, label: z.string(), count })),
  hires: count,
  /** Gig hours the enterprises confirmed, to a tenth of an hour. */
  gigHours: z.number(),
  shareMatches: count,
  sharedWorkerDays: count,
  /** The weekly fairs held so far (专场招聘会, from fairs): hires are those within 30 days of a fair. */
  fairs: z.object({
    held: count,
    booths: count,
    seekers: count,
    checkedIn: count,
    applications: count,
    intents: count,
    hires: count,
  }),
})

export const jobsContract = {
  ...jobSharesContract,
  nearby: action({
    input: nearbyInput,
    output: z.object({ items: z.array(postingSummary), page: z.number().int(), more: z.boolean() }),
    idempotent: true,
  }),
  posting: action({ input: z.object({ id }).strict(), output: postingDetail, idempotent: true }),
  /** 零工市场 statistics per community (the 社工's; admins: every community with a market). */
  marketStats: action({
    input: noInput,
    output: z.object({ communities: z.array(marketRow) }),
    idempotent: true,
  }),
  savePosting: action({ input: postingInput, output: z.object({ id, status: z.string() }) }),
  /** A 用工 demand as a posting's draft (title, description, contact), for the one-step 转为岗位. */
  demandDraft: action({
    input: z.object({ demandId: id, enterpriseId: id }).strict(),
    output: z.object({
      demandId: id,
      title: z.string(),
      description: z.string(),
      contactName: z.string(),
      contactPhone: z.string(),
    }),
    idempotent: true,
  }),
  closePosting: action({ input: z.object({ id }).strict(), output: z.object({ status: z.string() }) }),
  myPostings: action({
    input: noInput,
    output: z.object({
      enterprises: z.array(z.object({ id, name: z.string(), address: z.string() })),
      items: z.array(postingSummary.extend({ applicants: z.number().int(), reviewNote: z.string() })),
    }),
    idempotent: true,
  }),
  reviewQueue: action({
    input: noInput,
    output: z.object({
      items: z.array(postingSummary.extend({ reports: z.array(z.string()), description: z.string() })),
    }),
    idempotent: true,
  }),
  review: action({
    input: z
      .object({ id, approve: z.boolean(), note: text(200).default('') })
      .strict()
      .refine((v) => v.approve || v.note.length > 0, { message: '不通过时请写明原因', path: ['note'] }),
    output: z.object({ status: z.string() }),
  }),
  report: action({
    input: z.object({ id, reason: text(200).min(2, '请说明举报原因') }).strict(),
    output: z.object({ status: z.string() }),
  }),
  myProfile: action({ input: noInput, output: z.object({ profile: profile.nullable() }), idempotent: true }),
  saveProfile: action({
    input: z
      .object({
        skills: tags(12).default([]),
        certificates: tags(8).default([]),
        availability: availabilitySchema,
        phone: text(20).regex(/^$|^1\d{10}$/, '手机号应为 11 位数字'),
        intro: text(300).default(''),
        lng: lng.nullable().default(null),
        lat: lat.nullable().default(null),
      })
      .strict(),
    output: z.object({ saved: z.literal(true) }),
  }),
  apply: action({
    input: z.object({ postingId: id, shiftIds: z.array(id).max(60).default([]), note: text(200).default('') }).strict(),
    output: z.object({ id, status: applicationStatusSchema }),
  }),
  withdraw: action({ input: z.object({ applicationId: id }).strict(), output: z.object({ status: z.string() }) }),
  myApplications: action({
    input: noInput,
    output: z.object({ items: z.array(applicationOut.extend({ posting: postingSummary })) }),
    idempotent: true,
  }),
  applicants: action({
    input: z.object({ postingId: id }).strict(),
    output: z.object({ posting: postingSummary, items: z.array(applicant) }),
    idempotent: true,
  }),
  decide: action({
    input: z
      .object({
        applicationId: id,
        to: z.enum(['viewed', 'interview', 'hired', 'rejected']),
        reason: text(200).default(''),
      })
      .strict(),
    output: z.object({ status: applicationStatusSchema }),
  }),
  exportApplicants: action({
    input: z.object({ postingId: id, format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
    output: z.object({ filename: z.string(), mime: z.string(), base64: z.string(), rows: z.number().int() }),
    idempotent: true,
  }),
  siteCode: action({
    input: z.object({ postingId: id }).strict(),
    output: z.object({ code: z.string(), qr: z.string(), title: z.string() }),
    idempotent: true,
  }),
  checkIn: action({
    input: z.object({ code: text(200).min(1), lng, lat }).strict(),
    output: z.object({ shiftId: id, kind: z.enum(['in', 'out']), at: z.string() }),
  }),
  confirmHours: action({
    input: z
      .object({
        applicationId: id,
        shiftId: id,
        minutes: z
          .number()
          .int()
          .min(0)
          .max(24 * 60),
        noShow: z.boolean(),
      })
      .strict(),
    output: z.object({ confirmedMinutes: z.number().int().nullable(), noShow: z.boolean() }),
  }),
  rate: action({
    input: z
      .object({ applicationId: id, stars: z.number().int().min(1).max(5), comment: text(200).default('') })
      .strict(),
    output: z.object({ side: z.enum(['worker', 'enterprise']) }),
  }),
}

export { JOBS_SUBSCRIBE_KINDS } from './notify-categories'
