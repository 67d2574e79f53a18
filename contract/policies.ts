import { z } from 'zod'
import { action, bigId, date, hhmm, id, instant, keysOf, noInput, text } from './define'
import {
  conditionSchema,
  PLACES,
  profilePatchSchema,
  profileSchema,
  PROFILE_FIELD_KEYS,
  type ProfileField,
} from './policy-rules'
import { reservationStatusSchema } from './reservations'

// Policies (政策) and 青创导师 (mentors): the youth policy compendium, eligibility from a
// profile of facts, favourites, staff editing with versions and spreadsheet import, and a
// mentor's weekly office hours booked on the reservation core.

/** 海曙's four chapters of its 青年入乡政策. */
export const POLICY_CATEGORIES = {
  employment: '就业支持',
  startup: '创业扶持',
  housing: '安居保障',
  talent: '产业人才',
} as const
export const policyCategorySchema = keysOf(POLICY_CATEGORIES)
export type PolicyCategory = keyof typeof POLICY_CATEGORIES

/** Finer topics, as 北仑's 青年北仑政策 names them (人才贷, 安居, 子女就学, 人才认定…). */
export const POLICY_TOPICS = {
  talent_loan: '人才贷',
  housing: '安居',
  schooling: '子女就学',
  recognition: '人才认定',
  startup_subsidy: '创业补贴',
  guarantee_loan: '创业担保贷款',
  employment_subsidy: '就业补贴',
  internship: '就业见习',
  training: '培训赋能',
  venue: '场地支持',
  rural: '乡村创业',
  innovation: '科技创新',
} as const
export const policyTopicSchema = keysOf(POLICY_TOPICS)
export type PolicyTopic = keyof typeof POLICY_TOPICS

export const policyRegionSchema = keysOf(PLACES)

/** What a benefit is: money paid (summed in 我能享受), a loan limit (summed apart), or a service. */
/** prize: money won in a contest or a selection (大赛、评选), not a subsidy one qualifies for. */
export const BENEFIT_KINDS = { cash: '补贴奖励', loan: '贷款额度', service: '服务保障', prize: '竞赛评选奖金' } as const
export const benefitKindSchema = keysOf(BENEFIT_KINDS)

/** Where a policy's application window stands today (Shanghai date). */
export const WINDOW_STATES = {
  upcoming: '未开始',
  open: '受理中',
  closing: '即将截止',
  ongoing: '常年受理',
  closed: '已截止',
} as const
export const windowStateSchema = keysOf(WINDOW_STATES)
/** Days before its last day that a window counts as closing soon. */
export const CLOSING_DAYS = 14

export const VERDICTS = { eligible: '符合', maybe: '可能符合', ineligible: '不符合' } as const
export const verdictSchema = keysOf(VERDICTS)

const yuan = z.number().int('金额应为整数（元）').min(0, '金额不能为负数').max(2_000_000_000, '金额过大')

/** A policy as staff write it (form, import row). */
export const policyEditSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/, '政策编码应为 2–32 位字母、数字或短横线'),
    title: text(60).min(4, '标题至少 4 个字'),
    category: policyCategorySchema,
    topic: policyTopicSchema,
    region: policyRegionSchema,
    issuer: text(60).min(2, '请填写发布单位'),
    departmentId: id.nullable().default(null),
    summary: text(600).min(10, '请用一两句话说明这条政策（至少 10 个字）'),
    benefitKind: benefitKindSchema,
    benefitMin: yuan.nullable().default(null),
    benefitMax: yuan.nullable().default(null),
    benefitText: text(200).min(2, '请说明可享受的待遇'),
    conditions: conditionSchema,
    conditionsNote: text(600).default(''),
    materials: z.array(text(100).min(1)).max(30).default([]),
    office: text(100).default(''),
    phone: text(40).default(''),
    onlineUrl: text(300)
      .regex(/^(https?:\/\/\S+)?$/, '网上办理地址应以 http:// 或 https:// 开头')
      .default(''),
    howToApply: text(600).default(''),
    opensOn: date.nullable().default(null),
    closesOn: date.nullable().default(null),
    sourceTitle: text(120).default(''),
    sourceDate: date.nullable().default(null),
    changeNote: text(200).default(''),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.opensOn && p.closesOn && p.closesOn < p.opensOn) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['closesOn'],
        message: `受理截止日期（${p.closesOn}）不能早于开始日期（${p.opensOn}）`,
      })
    }
    if (p.benefitMin !== null && p.benefitMax !== null && p.benefitMax < p.benefitMin) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['benefitMax'], message: '最高金额不能小于最低金额' })
    }
    if (p.benefitKind !== 'service' && p.benefitMin === null && p.benefitMax === null) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['benefitMax'],
        message: '补贴或贷款请填写金额（最低或最高，元）',
      })
    }
  })
export type PolicyEdit = z.output<typeof policyEditSchema>

/** The fields of a policy as staff know them (form labels, spreadsheet headers, version diffs). */
export const POLICY_FIELD_LABELS: Record<keyof PolicyEdit, string> = {
  code: '政策编码',
  title: '标题',
  category: '类别',
  topic: '专题',
  region: '地区',
  issuer: '发布单位',
  departmentId: '发布部门',
  summary: '政策摘要',
  benefitKind: '待遇类型',
  benefitMin: '最低金额',
  benefitMax: '最高金额',
  benefitText: '待遇说明',
  conditions: '申请条件',
  conditionsNote: '条件说明',
  materials: '所需材料',
  office: '办理地点',
  phone: '咨询电话',
  onlineUrl: '网上办理',
  howToApply: '办理方式',
  opensOn: '受理开始',
  closesOn: '受理截止',
  sourceTitle: '政策文件',
  sourceDate: '发文日期',
  changeNote: '修订说明',
}

/** A refused policy field in words: 「policy.title」至少 4 个字 → 标题至少 4 个字. */
export function describePolicyIssue(issue: z.ZodIssue): string {
  const key = [...issue.path]
    .reverse()
    .find((p): p is keyof PolicyEdit => typeof p === 'string' && p in POLICY_FIELD_LABELS)
  const label = key ? POLICY_FIELD_LABELS[key] : '「' + issue.path.join('.') + '」'
  return issue.message.replace('{at}', label).replace(/「[^」]*」/g, label)
}

const missingFact = z.object({
  field: z.enum(PROFILE_FIELD_KEYS as [ProfileField, ...ProfileField[]]),
  label: z.string(),
})
const eligibility = z.object({
  verdict: verdictSchema,
  /** 可能符合: the profile fields to fill in. */
  missing: z.array(missingFact),
  /** 不符合: each failing condition, in words. */
  failed: z.array(z.string()),
})
export type Eligibility = z.infer<typeof eligibility>

const policySummary = z.object({
  id,
  code: z.string(),
  title: z.string(),
  category: policyCategorySchema,
  topic: policyTopicSchema,
  region: policyRegionSchema,
  issuer: z.string(),
  summary: z.string(),
  benefitKind: benefitKindSchema,
  benefitMin: z.number().nullable(),
  benefitMax: z.number().nullable(),
  benefitText: z.string(),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  window: windowStateSchema,
  /** Days left to apply (0 = today is the last day), when the window has an end and is open. */
  daysLeft: z.number().int().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** For the signed-in person with a profile, else null. */
  eligibility: eligibility.nullable(),
  favourite: z.boolean(),
})
export type PolicySummary = z.infer<typeof policySummary>

const change = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })
const versionEntry = z.object({
  version: z.number().int(),
  editedAt: z.string(),
  editorName: z.string(),
  note: z.string(),
  changes: z.array(change),
})

const policyDetail = policySummary.extend({
  departmentId: z.number().nullable(),
  conditions: z.unknown(),
  conditionsText: z.array(z.string()),
  conditionsNote: z.string(),
  materials: z.array(z.string()),
  office: z.string(),
  phone: z.string(),
  onlineUrl: z.string(),
  howToApply: z.string(),
  sourceTitle: z.string(),
  sourceDate: z.string().nullable(),
  withdrawn: z.boolean(),
  /** Newest first; the first entry's changes are "what changed since the last version". */
  versions: z.array(versionEntry),
  canEdit: z.boolean(),
})
export type PolicyDetail = z.infer<typeof policyDetail>

const totals = z.object({
  /** Cash benefits (补贴、奖励) the person qualifies for, summed: lowest and highest. */
  cashMin: z.number(),
  cashMax: z.number(),
  /**
   * The largest loan limit (贷款额度, not money given): loans exclude each other (one guaranteed
   * loan at a time), so they are not summed — 择一享受 among `loanChoices`.
   */
  loanMax: z.number(),
  loanChoices: z.number().int(),
  /** Contests and selections qualified to enter: their prizes are won, not subsidies, and not summed. */
  prizes: z.number().int(),
  services: z.number().int(),
  eligible: z.number().int(),
  maybe: z.number().int(),
})

const profileOut = z.object({
  profile: profileSchema,
  /** How many of the profile's fields are filled in, of how many. */
  filled: z.number().int(),
  of: z.number().int(),
  updatedAt: z.string().nullable(),
  /** A 青创客's birth year is part of their role: set once, then changed only by a 社工. */
  birthYearLocked: z.boolean(),
})

export const listInput = z
  .object({
    q: text(30).default(''),
    category: policyCategorySchema.optional(),
    topic: policyTopicSchema.optional(),
    region: policyRegionSchema.optional(),
    issuer: text(60).optional(),
    /** current = not closed (default); the others one window state each. */
    window: z.enum(['current', 'open', 'closing', 'closed', 'all']).default('current'),
    mine: z.enum(['eligible', 'maybe', 'favourite']).optional(),
    /** fit (default): 符合 first, then 可能符合, then the rest, each by deadline (signed out: by deadline). */
    sort: z.enum(['fit', 'deadline', 'updated']).default('fit'),
    offset: z.number().int().min(0).max(100_000).default(0),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict()

export const MENTOR_TOPICS = {
  policy: '政策解读',
  application: '政策申报',
  traffic: '流量招引',
  tech: '技术攻关',
  finance: '融资贷款',
  market: '市场渠道',
  other: '其他',
} as const
export const mentorTopicSchema = keysOf(MENTOR_TOPICS)

export const MENTOR_LANGUAGES = ['普通话', '宁波话', '英语', '日语'] as const

const weeklyHour = z
  .object({
    /** 1 = 周一 … 7 = 周日. */
    weekday: z.number().int().min(1).max(7),
    start: hhmm,
    minutes: z.number().int().min(30, '每次至少 30 分钟').max(180, '每次最多 3 小时'),
    place: text(60).min(2, '请填写地点'),
  })
  .strict()
export type WeeklyHour = z.infer<typeof weeklyHour>

const mentorSummary = z.object({
  id,
  name: z.string(),
  field: z.string(),
  background: z.string(),
  communityName: z.string().nullable(),
  languages: z.array(z.string()),
  topics: z.array(mentorTopicSchema),
  rating: z.number().nullable(),
  ratings: z.number().int(),
  sessions: z.number().int(),
  nextFree: z.string().nullable(),
})

const officeHour = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  state: z.enum(['free', 'taken', 'closed', 'mine']),
})

export const MENTOR_BOOKING_STATUS = {
  pending: '待导师确认',
  confirmed: '已确认',
  cancelled: '已取消',
  redeemed: '已见面',
  no_show: '未到场',
  waitlisted: '候补中',
  offered: '待确认',
} as const

const mentorBooking = z.object({
  id: bigId,
  mentorId: id,
  mentorName: z.string(),
  /** The entrepreneur (the mentor's desk shows who asked; phone masked). */
  personName: z.string(),
  personPhone: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  status: reservationStatusSchema,
  topic: mentorTopicSchema,
  question: z.string(),
  cancelReason: z.string().nullable(),
  note: z.string().nullable(),
  rating: z.number().int().nullable(),
  comment: z.string().nullable(),
  /** The session has ended (notes and ratings open then). */
  past: z.boolean(),
})
export type MentorBooking = z.infer<typeof mentorBooking>

const mentorProfileEdit = z
  .object({
    field: text(40).min(2, '请填写擅长领域'),
    background: text(200).min(4, '请简单介绍背景'),
    intro: text(600).default(''),
    communityId: id.nullable().default(null),
    languages: z.array(text(10).min(1)).min(1, '至少一种语言').max(6),
    topics: z.array(mentorTopicSchema).min(1, '至少选择一个辅导方向').max(7),
    weeklyHours: z.array(weeklyHour).max(14, '每周最多 14 个时段'),
    active: z.boolean().default(true),
  })
  .strict()

const importResult = z.object({
  /** Data rows in the file (header excluded). */
  rows: z.number().int(),
  /** The rows this call handled: [from, to) of the data rows. */
  from: z.number().int(),
  to: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), code: z.string(), message: z.string() })),
  dryRun: z.boolean(),
})

const staffRow = z.object({
  id,
  code: z.string(),
  title: z.string(),
  category: policyCategorySchema,
  issuer: z.string(),
  closesOn: z.string().nullable(),
  window: windowStateSchema,
  daysLeft: z.number().int().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  withdrawn: z.boolean(),
  views: z.number().int(),
  favourites: z.number().int(),
  matches: z.number().int(),
  canEdit: z.boolean(),
})

export const policiesContract = {
  list: action({
    input: listInput,
    output: z.object({ items: z.array(policySummary), more: z.boolean() }),
    idempotent: true,
  }),
  facets: action({
    input: noInput,
    output: z.object({
      regions: z.array(z.object({ key: policyRegionSchema, count: z.number().int() })),
      issuers: z.array(z.object({ name: z.string(), count: z.number().int() })),
      topics: z.array(z.object({ key: policyTopicSchema, count: z.number().int() })),
    }),
    idempotent: true,
  }),
  detail: action({ input: z.object({ id }).strict(), output: policyDetail, idempotent: true }),
  profile: action({ input: noInput, output: profileOut, idempotent: true }),
  /** Set facts (a value) or clear them (null); facts not named stay as they are. */
  saveProfile: action({
    input: z.object({ facts: profilePatchSchema }).strict(),
    output: profileOut.extend({ totals }),
  }),
  /** 我能享受: what the person qualifies for, summed; and what they may qualify for with more facts. */
  benefits: action({
    input: noInput,
    output: z.object({
      totals,
      eligible: z.array(policySummary),
      maybe: z.array(policySummary),
      /** Facts to fill in, with how many 可能符合 policies each one is missing from. */
      toFill: z.array(missingFact.extend({ policies: z.number().int() })),
      hasProfile: z.boolean(),
    }),
    idempotent: true,
  }),
  favourite: action({
    input: z.object({ policyId: id, on: z.boolean() }).strict(),
    output: z.object({ favourite: z.boolean() }),
  }),

  // Staff: 社工, the issuing department's members, admins.
  save: action({
    input: z.object({ id: id.optional(), policy: policyEditSchema }).strict(),
    output: z.object({ id, version: z.number().int(), changed: z.boolean() }),
  }),
  withdraw: action({
    input: z.object({ id, withdrawn: z.boolean(), reason: text(100).default('') }).strict(),
    output: z.object({ withdrawn: z.boolean() }),
  }),
  staffList: action({
    input: z
      .object({
        q: text(30).default(''),
        warnings: z.boolean().default(false),
        offset: z.number().int().min(0).max(100_000).default(0),
      })
      .strict(),
    output: z.object({
      items: z.array(staffRow),
      more: z.boolean(),
      /** Expiry warnings: open policies ending within CLOSING_DAYS, and those already past their end. */
      closingSoon: z.number().int(),
      departments: z.array(z.object({ id, name: z.string() })),
    }),
    idempotent: true,
  }),
  /**
   * Import policies from a spreadsheet (its bytes as base64: .xlsx, or CSV in UTF-8 or GB18030 as
   * Excel saves it on Chinese Windows). Rows are created, or
   * update the policy with their code (a new version). Each bad row is reported and changes
   * nothing. The client sends the file in slices of rows (`from`, `to`) to show progress.
   */
  importPolicies: action({
    input: z
      .object({
        format: z.enum(['xlsx', 'csv']),
        file: z
          .string()
          .min(1, '请选择文件')
          .max(4_000_000, '文件过大（最多约 3 MB）')
          .regex(/^[A-Za-z0-9+/=\r\n]*$/, '文件内容不正确，请重新选择文件'),
        from: z.number().int().min(0).default(0),
        to: z.number().int().min(1).max(100_000).default(100_000),
        dryRun: z.boolean().default(false),
      })
      .strict(),
    output: importResult,
  }),
  exportPolicies: action({
    input: z.object({ format: z.enum(['xlsx', 'csv']) }).strict(),
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number().int() }),
    idempotent: true,
  }),

  // 青创导师.
  mentors: action({
    input: z.object({ topic: mentorTopicSchema.optional() }).strict(),
    output: z.object({ items: z.array(mentorSummary) }),
    idempotent: true,
  }),
  mentor: action({
    input: z.object({ id }).strict(),
    output: mentorSummary.extend({
      intro: z.string(),
      hours: z.array(officeHour),
      reviews: z.array(z.object({ rating: z.number().int(), comment: z.string(), at: z.string() })),
    }),
    idempotent: true,
  }),
  bookMentor: action({
    input: z
      .object({
        mentorId: id,
        startsAt: instant,
        topic: mentorTopicSchema,
        question: text(500).min(5, '请写下想请教的问题（至少 5 个字）'),
      })
      .strict(),
    output: mentorBooking,
  }),
  myMentorBookings: action({
    input: noInput,
    output: z.object({ upcoming: z.array(mentorBooking), past: z.array(mentorBooking) }),
    idempotent: true,
  }),
  cancelMentorBooking: action({
    input: z.object({ bookingId: bigId, reason: text(100).default('') }).strict(),
    output: mentorBooking,
  }),
  rateMentorSession: action({
    input: z
      .object({
        bookingId: bigId,
        rating: z.number().int().min(1, '评分为 1–5 星').max(5, '评分为 1–5 星'),
        comment: text(200).default(''),
      })
      .strict(),
    output: mentorBooking,
  }),
  mentorDesk: action({
    input: noInput,
    output: z.object({
      profile: mentorProfileEdit.extend({ name: z.string() }).nullable(),
      requests: z.array(mentorBooking),
      upcoming: z.array(mentorBooking),
      past: z.array(mentorBooking),
    }),
    idempotent: true,
  }),
  saveMentorProfile: action({ input: mentorProfileEdit, output: z.object({ saved: z.boolean() }) }),
  decideMentorBooking: action({
    input: z
      .object({ bookingId: bigId, decision: z.enum(['confirm', 'decline']), reason: text(100).default('') })
      .strict()
      .refine((d) => d.decision === 'confirm' || d.reason.length >= 2, {
        message: '婉拒时请说明原因（至少 2 个字）',
        path: ['reason'],
      }),
    output: mentorBooking,
  }),
  noteMentorSession: action({
    input: z.object({ bookingId: bigId, note: text(600).min(2, '请写下辅导记要') }).strict(),
    output: mentorBooking,
  }),
}

export { MENTOR_SUBSCRIBE_KINDS, POLICY_SUBSCRIBE_KINDS } from './notify-categories'
