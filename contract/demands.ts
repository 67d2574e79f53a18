import { z } from 'zod'
import { action, bigId, date, fileGrant, id, INT4_MAX, keysOf, noInput, text } from './define'
import { demandChannelSchema, visitsContract } from './visits'

// 企呼我应 (enterprise demands) and the three lists (三张清单): 企业所需 (open demands),
// 职工所盼 (workers' wishes), 社区所能 (what the community can offer).

export const DEMAND_CATEGORIES = {
  hiring: '用工',
  finance: '融资',
  approval: '审批',
  tech: '技术',
  policy: '政策兑现',
  // 北仑's 诉求 include 项目申报 and 政策咨询 (000_…txt: “协调解决项目申报、政策兑现、人员招聘等诉求”;
  // 002_…txt: 灵峰 “设备更新、人才引进、用工招聘、政策咨询等企业诉求”).
  application: '项目申报',
  consultation: '政策咨询',
  land: '用地',
  environment: '环评',
  equipment: '设备更新',
  talent: '人才引进',
  other: '其他',
} as const
export type DemandCategory = keyof typeof DEMAND_CATEGORIES
export const demandCategorySchema = keysOf(DEMAND_CATEGORIES)

export const URGENCIES = { normal: '一般', urgent: '紧急', critical: '特急' } as const
export type Urgency = keyof typeof URGENCIES
export const urgencySchema = keysOf(URGENCIES)

export const DEMAND_STATUS = {
  filed: '待分派',
  info_requested: '待补充材料',
  dispatched: '待接单',
  accepted: '办理中',
  closure_proposed: '待确认办结',
  closed: '已办结',
  merged: '已合并',
} as const
export type DemandStatus = keyof typeof DEMAND_STATUS
export const demandStatusSchema = keysOf(DEMAND_STATUS)

export const WISH_CATEGORIES = {
  commute: '通勤',
  schooling: '子女教育',
  medical: '医疗',
  leisure: '文娱',
  other: '其他',
} as const
export type WishCategory = keyof typeof WISH_CATEGORIES
export const wishCategorySchema = keysOf(WISH_CATEGORIES)

export const RESOURCE_KINDS = {
  meeting_room: '会议室',
  sports: '运动场地',
  bike: '共享单车点',
  repair: '维修服务队',
  patent: '免费专利',
  training: '技能培训',
  hiring: '招聘用工',
  lab: '检测实验',
  finance: '金融服务',
  childcare: '托育托管',
  medical: '医疗服务',
  other: '其他',
} as const
export type ResourceKind = keyof typeof RESOURCE_KINDS
export const resourceKindSchema = keysOf(RESOURCE_KINDS)

/** What each timeline step is called. */
export const EVENT_LABELS = {
  filed: '企业点单',
  info_requested: '请企业补充材料',
  info_provided: '企业已补充',
  merged: '合并重复诉求',
  merged_in: '并入重复诉求',
  dispatched: '社区派单',
  returned: '部门退回',
  accepted: '部门接单',
  progress: '办理进展',
  urged: '督办',
  solved: '社区直接解决',
  closure_proposed: '申请办结',
  closure_rejected: '企业不认可办结',
  closed: '企业确认办结',
  reopened: '退回重办',
  rated: '企业评价',
  linked: '对接资源',
  reminded: '即将到期提醒',
  escalated: '逾期，上报街道督办',
  filed_on_behalf: '社工代报',
  confirmed: '企业确认代报内容',
  corrected: '企业更正代报内容',
  relayed: '党建指导员传单',
} as const
export type DemandEventKind = keyof typeof EVENT_LABELS

/** Attachments: photos and files. Limits are enforced on the server (and by the gateway on upload). */
export const ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024
export const ATTACHMENT_TYPES = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
} as const
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES
export const MAX_ATTACHMENTS = 9

/** A file the client uploaded: weapp cloud storage (cloud://…) or the gateway (upload:<key>). */
export const attachmentInput = z
  .object({
    fileId: z
      .string()
      .max(300)
      .regex(
        /^(cloud:\/\/[\w./@%+-]+|upload:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
        '附件标识不正确，请重新上传',
      ),
    name: text(120).min(1, '请填写文件名'),
    size: z.number().int().min(1, '文件是空的').max(ATTACHMENT_LIMIT_BYTES, '附件不能超过 10 MB'),
    mime: text(120),
  })
  .strict()
export type AttachmentInput = z.infer<typeof attachmentInput>
const attachments = z.array(attachmentInput).max(MAX_ATTACHMENTS, `附件最多 ${MAX_ATTACHMENTS} 个`).default([])

const attachment = z.object({
  id,
  fileId: z.string(),
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  image: z.boolean(),
})
export type Attachment = z.infer<typeof attachment>

/** A Shanghai date (YYYY-MM-DD) or an instant with an offset. */
const instant = z
  .string()
  .datetime({ offset: true, message: '时间应为有效时间（如 2026-11-23T17:00:00+08:00）' })
  .regex(/^20\d\d-/, '时间的年份应在 2000–2099 之间')

const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '联系电话应为手机号或座机号')

const demandSummary = z.object({
  id,
  title: z.string(),
  category: demandCategorySchema,
  categoryLabel: z.string(),
  urgency: urgencySchema,
  urgencyLabel: z.string(),
  status: demandStatusSchema,
  statusLabel: z.string(),
  enterprise: z.string(),
  community: z.string(),
  grid: z.string().nullable(),
  /** Who must act now, in words (e.g. 北仑区人力资源和社会保障局 / 灵峰工业社区 第一网格 社工 / 企业). */
  holder: z.string(),
  filedAt: z.string(),
  dueAt: z.string().nullable(),
  /** Said beside the deadline when it falls past the working calendar's data (weekends only counted). */
  dueNote: z.string().nullable(),
  overdue: z.boolean(),
  paused: z.boolean(),
  escalated: z.boolean(),
})
export type DemandSummary = z.infer<typeof demandSummary>

const timelineEntry = z.object({
  id: z.number().int(),
  kind: z.string(),
  label: z.string(),
  at: z.string(),
  actor: z.string(),
  note: z.string(),
  holder: z.string(),
  dueAt: z.string().nullable(),
  attachments: z.array(attachment),
})

const assignment = z.object({
  department: z.string(),
  departmentId: id,
  status: z.enum(['pending', 'accepted', 'returned', 'released']),
  statusLabel: z.string(),
  lead: z.boolean(),
  deadline: z.string(),
  reason: z.string().nullable(),
})

/** What the asker may do with a demand now (the page shows these buttons only). */
export const DEMAND_ACTIONS = [
  'requestInfo',
  'provideInfo',
  'merge',
  'dispatch',
  'solve',
  'accept',
  'returnToCommunity',
  'progress',
  'proposeClosure',
  'confirmClosure',
  'rejectClosure',
  'rate',
  'reopen',
  'urge',
  'link',
  'confirmOnBehalf',
  'relay',
  /** 转为岗位: an open 用工 demand of the caller's enterprise becomes a 零工市场 posting (jobs). */
  'toPosting',
] as const
export type DemandAction = (typeof DEMAND_ACTIONS)[number]

const demandDetail = demandSummary.extend({
  /** The filing enterprise (the 转为岗位 form posts for it). */
  enterpriseId: id,
  description: z.string(),
  contactName: z.string(),
  /** Masked unless the asker is the enterprise or handles the demand. */
  contactPhone: z.string(),
  result: z.string().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  reopenCount: z.number().int(),
  closedAt: z.string().nullable(),
  reopenUntil: z.string().nullable(),
  mergedInto: id.nullable(),
  resource: z.object({ id, title: z.string(), provider: z.string() }).nullable(),
  attachments: z.array(attachment),
  assignments: z.array(assignment),
  timeline: z.array(timelineEntry),
  can: z.array(z.enum(DEMAND_ACTIONS)),
  /**
   * For the staff who may merge it: open demands of the same community that look like the same
   * problem (「可能与 #123 重复」), with what they share; empty for everyone else.
   */
  possibleDuplicates: z.array(z.object({ id, title: z.string(), reason: z.string() })),
  /** 代报: taken down by a 社工 on a visit, a call or a walk-in; null when the enterprise filed it itself. */
  onBehalf: z
    .object({
      channel: demandChannelSchema,
      channelLabel: z.string(),
      /** The 社工 who took it down (e.g. 灵峰工业社区 社工 王芳). */
      filer: z.string(),
      visitId: id.nullable(),
      /** When the enterprise's liaison confirmed or corrected it (null: not yet). */
      confirmedAt: z.string().nullable(),
    })
    .nullable(),
})
export type DemandDetail = z.infer<typeof demandDetail>

const match = z.object({
  resourceId: id,
  title: z.string(),
  kind: resourceKindSchema,
  kindLabel: z.string(),
  provider: z.string(),
  place: z.string(),
  capacity: z.number().int().nullable(),
  score: z.number(),
  /** Why it was suggested, in words: 同类资源 · 本社区 · 共同词：培训、招聘. */
  reasons: z.array(z.string()),
})

const wish = z.object({
  id,
  title: z.string(),
  description: z.string(),
  category: wishCategorySchema,
  categoryLabel: z.string(),
  community: z.string(),
  /** Masked: 李** */
  wisher: z.string(),
  votes: z.number().int(),
  votedByMe: z.boolean(),
  mine: z.boolean(),
  status: z.enum(['open', 'matched']),
  resource: z.object({ id, title: z.string(), provider: z.string() }).nullable(),
  photos: z.array(attachment),
  createdAt: z.string(),
})
export type Wish = z.infer<typeof wish>

const resource = z.object({
  id,
  title: z.string(),
  description: z.string(),
  kind: resourceKindSchema,
  kindLabel: z.string(),
  provider: z.string(),
  place: z.string(),
  capacity: z.number().int().nullable(),
  community: z.string().nullable(),
  active: z.boolean(),
})
export type Resource = z.infer<typeof resource>

const figures = z.object({
  filed: z.number().int(),
  solved: z.number().int(),
  /** Share of solved ones closed by their deadline, 0–1 (null: none solved). */
  onTimeRate: z.number().nullable(),
  /** Median days from filing to the enterprise's confirmation. */
  medianDays: z.number().nullable(),
  /** Mean rating 1–5 of rated ones (null: none rated). */
  satisfaction: z.number().nullable(),
  rated: z.number().int(),
  /** Share of solved ones reopened at least once (退回重办), 0–1. */
  reopenRate: z.number().nullable(),
})
export type Figures = z.infer<typeof figures>

const statsRow = figures.extend({ key: z.string(), label: z.string() })

const statsOutput = z.object({
  scope: z.string(),
  year: z.number().int(),
  total: figures,
  byMonth: z.array(statsRow),
  byGrid: z.array(statsRow),
  byDepartment: z.array(statsRow),
  byCategory: z.array(statsRow),
  overdueOpen: z.number().int(),
  open: z.number().int(),
})
export type DemandStats = z.infer<typeof statsOutput>

const year = z.number().int().min(2020, '年份不正确').max(2099, '年份不正确')

const headline = z.object({
  name: z.string(),
  solvedTotal: z.number().int(),
  open: z.number().int(),
  onTimeRate: z.number().nullable(),
  satisfaction: z.number().nullable(),
  byYear: z.array(z.object({ period: z.string(), solved: z.number().int() })),
  byHalf: z.array(z.object({ period: z.string(), solved: z.number().int() })),
  byCategory: z.array(z.object({ category: demandCategorySchema, label: z.string(), solved: z.number().int() })),
})
export type Headline = z.infer<typeof headline>

// 微心愿 that someone fulfils (认领): one live claim per wish; the wisher accepts or declines, the
// claimer marks it fulfilled with a photo, the wisher confirms and thanks. A 爱心商家 is an
// enterprise whose liaison claims as a caring merchant (no separate role).
export const CLAIMER_KINDS = {
  volunteer: '志愿者',
  merchant: '爱心商家',
  enterprise: '企业',
  department: '部门',
} as const
export type ClaimerKind = keyof typeof CLAIMER_KINDS
export const claimerKindSchema = keysOf(CLAIMER_KINDS)
export const WISH_CLAIM_STATUS = {
  offered: '待心愿人确认',
  accepted: '认领中',
  declined: '心愿人已婉拒',
  fulfilled: '已完成，待心愿人确认',
  confirmed: '已圆梦',
} as const
export type WishClaimStatus = keyof typeof WISH_CLAIM_STATUS
/** What the caller may do on a wish's page (the page shows these buttons, nothing else). */
export const WISH_CLAIM_ACTIONS = ['claim', 'accept', 'decline', 'fulfil', 'confirm'] as const
export type WishClaimAction = (typeof WISH_CLAIM_ACTIONS)[number]
const wishClaim = z.object({
  id,
  kind: claimerKindSchema,
  kindLabel: z.string(),
  /** An organisation's name, or a person's masked name. */
  claimer: z.string(),
  how: z.string(),
  byDate: z.string(),
  status: keysOf(WISH_CLAIM_STATUS),
  statusLabel: z.string(),
  fulfilNote: z.string(),
  photos: z.array(attachment),
  thanks: z.string().nullable(),
  mine: z.boolean(),
  offeredAt: z.string(),
  fulfilledAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
})
export type WishClaim = z.infer<typeof wishClaim>
const wishDetail = z.object({
  wish,
  claim: wishClaim.nullable(),
  fulfilledAt: z.string().nullable(),
  can: z.array(z.enum(WISH_CLAIM_ACTIONS)),
  /** In whose name the caller may claim (themselves; their enterprise, also as 爱心商家; their department). */
  claimAs: z.array(z.object({ kind: claimerKindSchema, orgId: id.nullable(), label: z.string() })),
})
export type WishDetail = z.infer<typeof wishDetail>
const byClaim = z.object({ claimId: id }).strict()
const wallItem = z.object({
  wishId: id,
  title: z.string(),
  categoryLabel: z.string(),
  wisher: z.string(),
  giver: z.string(),
  kindLabel: z.string(),
  thanks: z.string(),
  confirmedAt: z.string(),
})
export type WallItem = z.infer<typeof wallItem>

const byDemand = z.object({ demandId: id }).strict()
const note = (min: number, label: string, max = 500) => text(max).min(min, label)

export const demandsContract = {
  /** What the pages need to file, dispatch and filter: labels, departments, the asker's enterprises and roles. */
  options: action({
    input: noInput,
    output: z.object({
      enterprises: z.array(z.object({ id, name: z.string(), community: z.string(), grid: z.string().nullable() })),
      departments: z.array(z.object({ id, name: z.string(), kind: z.string(), district: z.string() })),
      /** Communities whose demands the asker handles (social worker, admin). */
      communities: z.array(z.object({ id, name: z.string() })),
      /** Communities whose enterprises the asker (a 社工) may file for (代报) and visit. */
      intakeCommunities: z.array(z.object({ id, name: z.string() })),
      myDepartments: z.array(z.object({ id, name: z.string() })),
      /** Working hours allowed per urgency and category, for the form's hint. */
      sla: z.array(z.object({ urgency: urgencySchema, hours: z.number().int(), slowHours: z.number().int() })),
      slowCategories: z.array(demandCategorySchema),
      /** The asker's own name and phone, to prefill 联系人 and 联系电话 (null when not signed in). */
      contact: z.object({ name: z.string(), phone: z.string() }).nullable(),
    }),
    idempotent: true,
  }),
  /** Before filing: the deadline a demand filed now would get, on the working calendar. */
  dueDatePreview: action({
    input: z.object({ urgency: urgencySchema, category: demandCategorySchema }).strict(),
    output: z.object({
      dueAt: z.string(),
      /** Working days allowed (8 working hours a day). */
      workingDays: z.number(),
      /** 3 个工作日，12月9日 周三 17:00 前办结 */
      text: z.string(),
    }),
    idempotent: true,
  }),
  /**
   * 企业点单, while writing: the enterprise's own open demands like this text (named) and how many
   * of other enterprises' open demands in the community are (counted only).
   */
  similarOnFile: action({
    input: z.object({ enterpriseId: id, title: text(60), description: text(2000).default('') }).strict(),
    output: z.object({
      own: z.array(z.object({ id, title: z.string(), status: z.string(), reason: z.string() })),
      othersInCommunity: z.number().int(),
    }),
    idempotent: true,
  }),
  /** 企业点单: the enterprise's liaison files a demand. */
  /**
   * 企业点单 by the enterprise's liaison (channel self), or 代报 by a 社工 of the enterprise's
   * community (channel 走访 with the visit it was found on, 来电 or 来访); the liaison is told and
   * confirms or corrects it.
   */
  file: action({
    input: z
      .object({
        enterpriseId: z
          .number({ required_error: '请选择企业（代报诉求必须选定企业）', invalid_type_error: '请选择企业' })
          .int()
          .min(1, '请选择企业')
          .max(INT4_MAX, '请选择企业'),
        channel: demandChannelSchema.default('self'),
        visitId: id.optional(),
        category: demandCategorySchema,
        urgency: urgencySchema.default('normal'),
        title: text(60).min(4, '标题至少 4 个字'),
        description: text(2000).min(10, '请把诉求描述清楚（至少 10 个字）'),
        contactName: text(20).min(1, '请填写联系人'),
        contactPhone: phone,
        attachments,
      })
      .strict(),
    output: demandDetail,
  }),
  /** The asker's queues: an enterprise's demands, a social worker's grid/community, a department's inbox, a street's escalations. */
  queue: action({
    input: z
      .object({
        view: z.enum(['enterprise', 'grid', 'community', 'department', 'escalated']),
        filter: z.enum(['open', 'overdue', 'closed', 'all']).default('open'),
        q: text(40).optional(),
        communityId: id.optional(),
        departmentId: id.optional(),
        before: bigId.optional(),
      })
      .strict(),
    output: z.object({
      items: z.array(demandSummary),
      more: z.boolean(),
      counts: z.object({ open: z.number().int(), overdue: z.number().int() }),
    }),
    idempotent: true,
  }),
  detail: action({ input: byDemand, output: demandDetail, idempotent: true }),
  /** The enterprise's liaison confirms a demand a 社工 took down for it (代报), or corrects its words. */
  confirmOnBehalf: action({
    input: byDemand
      .extend({
        title: text(60).min(4, '标题至少 4 个字').optional(),
        description: text(2000).min(10, '请把诉求描述清楚（至少 10 个字）').optional(),
        contactName: text(20).min(1, '请填写联系人').optional(),
        contactPhone: phone.optional(),
      })
      .strict(),
    output: demandDetail,
  }),
  /** 传单: a 党建指导员 of the community passes a new demand on to the grid's 社工 with a note. */
  relay: action({
    input: byDemand.extend({ note: note(2, '请填写传单意见') }).strict(),
    output: demandDetail,
  }),
  /** Ask the enterprise for more information: the SLA clock pauses until it answers. */
  requestInfo: action({
    input: byDemand.extend({ question: note(4, '请写明需要补充什么（至少 4 个字）') }).strict(),
    output: demandDetail,
  }),
  provideInfo: action({
    input: byDemand.extend({ answer: note(2, '请填写补充内容'), attachments }).strict(),
    output: demandDetail,
  }),
  /** Merge a duplicate (demandId) into another open demand of the same community (intoId). */
  merge: action({
    input: byDemand.extend({ intoId: id, note: text(200).optional() }).strict(),
    output: demandDetail,
  }),
  /** 社区派单: to one or more departments or member units, with a deadline. */
  dispatch: action({
    input: byDemand
      .extend({
        departmentIds: z.array(id).min(1, '请选择至少一个承办部门').max(5, '一次最多派给 5 个部门'),
        deadline: instant,
        note: text(500).optional(),
      })
      .strict(),
    output: demandDetail,
  }),
  /** Solved directly from the community's own resources: proposes closure to the enterprise. */
  solve: action({
    input: byDemand.extend({ result: note(4, '请写明办理结果（至少 4 个字）'), resourceId: id.optional() }).strict(),
    output: demandDetail,
  }),
  /** 部门接单: the first department to accept holds it. */
  accept: action({ input: byDemand, output: demandDetail }),
  /** A department returns a demand that is not its business; the grid's social worker re-dispatches. */
  returnToCommunity: action({
    input: byDemand.extend({ reason: note(4, '请写明退回原因（至少 4 个字）') }).strict(),
    output: demandDetail,
  }),
  progress: action({
    input: byDemand.extend({ note: note(2, '请填写进展'), attachments }).strict(),
    output: demandDetail,
  }),
  /** The holder proposes closure with what was done; the enterprise confirms or rejects. */
  proposeClosure: action({
    input: byDemand.extend({ result: note(4, '请写明办理结果（至少 4 个字）'), attachments }).strict(),
    output: demandDetail,
  }),
  confirmClosure: action({ input: byDemand, output: demandDetail }),
  rejectClosure: action({
    input: byDemand.extend({ reason: note(4, '请写明不认可的原因（至少 4 个字）') }).strict(),
    output: demandDetail,
  }),
  rate: action({
    input: byDemand
      .extend({
        rating: z.number().int().min(1, '评分为 1–5 星').max(5, '评分为 1–5 星'),
        comment: text(300).optional(),
      })
      .strict(),
    output: demandDetail,
  }),
  /** 退回重办: within 15 days of closure. */
  reopen: action({
    input: byDemand.extend({ reason: note(4, '请写明重办原因（至少 4 个字）') }).strict(),
    output: demandDetail,
  }),
  /** 督办: the social worker or the street office presses the holder. */
  urge: action({
    input: byDemand.extend({ note: note(2, '请填写督办意见') }).strict(),
    output: demandDetail,
  }),
  /** Suggested resources for a demand (category, place, words in common, capacity). */
  matches: action({ input: byDemand, output: z.object({ items: z.array(match) }), idempotent: true }),
  /** Suggested resources for a wish. */
  wishMatches: action({
    input: z.object({ wishId: id }).strict(),
    output: z.object({ items: z.array(match) }),
    idempotent: true,
  }),
  /** Link a demand or a wish to a resource; a wisher is told. */
  linkDemand: action({
    input: byDemand.extend({ resourceId: id }).strict(),
    output: demandDetail,
  }),
  linkWish: action({
    input: z.object({ wishId: id, resourceId: id, note: text(200).optional() }).strict(),
    output: wish,
  }),
  /** Who may open an attachment: the gateway asks before serving an upload; weapp gets a temporary URL. */
  fileAccess: action({
    input: z.object({ attachmentId: id }).strict(),
    output: fileGrant,
    idempotent: true,
  }),
  /**
   * The gateway asks this before storing an H5 upload: the router's rules (signed in, not
   * disabled, one-time password changed) decide, as for every action; answers who uploads.
   */
  uploadAs: action({ input: noInput, output: z.object({ userId: id }), idempotent: true }),
  /** 三张清单 at a glance: open demands by category, wishes and resources of a community. */
  lists: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      community: z.object({ id, name: z.string() }),
      communities: z.array(z.object({ id, name: z.string() })),
      needs: z.array(z.object({ category: demandCategorySchema, label: z.string(), open: z.number().int() })),
      /** Open demands in detail, for the community's staff only (others see the counts). */
      openDemands: z.array(demandSummary).nullable(),
      wishes: z.array(wish),
      resources: z.array(resource),
      canManage: z.boolean(),
    }),
    idempotent: true,
  }),
  postWish: action({
    input: z
      .object({
        communityId: id.optional(),
        category: wishCategorySchema,
        title: text(40).min(4, '心愿至少 4 个字'),
        description: text(500).default(''),
        photos: attachments,
      })
      .strict(),
    output: wish,
  }),
  /** 我也需要: once per person. */
  vote: action({ input: z.object({ wishId: id }).strict(), output: wish }),
  saveResource: action({
    input: z
      .object({
        resourceId: id.optional(),
        communityId: id,
        kind: resourceKindSchema,
        title: text(40).min(2, '请填写资源名称'),
        description: text(500).default(''),
        provider: text(60).min(2, '请填写提供方'),
        place: text(80).default(''),
        capacity: z.number().int().min(1).max(100000).nullable().default(null),
        active: z.boolean().default(true),
      })
      .strict(),
    output: resource,
  }),
  /** Statistics of a community (optionally one grid or category) for a year. */
  stats: action({
    input: z
      .object({ communityId: id, year, gridId: id.optional(), category: demandCategorySchema.optional() })
      .strict(),
    output: statsOutput,
    idempotent: true,
  }),
  departmentStats: action({
    input: z.object({ departmentId: id, year }).strict(),
    output: statsOutput,
    idempotent: true,
  }),
  exportStats: action({
    input: z.object({ communityId: id, year, format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({
      filename: z.string(),
      /** CSV text (with BOM), or the xlsx file as base64. */
      content: z.string(),
      encoding: z.enum(['utf8', 'base64']),
      rows: z.number().int(),
    }),
  }),
  /** Admins: each community with the street office (街道) its overdue demands escalate to, and the street offices to pick from. */
  streetOffices: action({
    input: noInput,
    output: z.object({
      communities: z.array(
        z.object({
          id,
          name: z.string(),
          street: z.string(),
          office: z.object({ id, name: z.string() }).nullable(),
        }),
      ),
      offices: z.array(z.object({ id, name: z.string() })),
    }),
    idempotent: true,
  }),
  /** Admins: link a community to its street office (a department of kind 街道), or change the link. Audited. */
  setStreetOffice: action({
    input: z.object({ communityId: id, departmentId: id }).strict(),
    output: z.object({ changed: z.boolean() }),
  }),
  /** Public: a community's and its district's headline figures, computed from the records. */
  /** A wish with its live or last claim and what the caller may do (`can`). */
  wishDetail: action({ input: z.object({ wishId: id }).strict(), output: wishDetail, idempotent: true }),
  /** 认领: offer to fulfil a wish, in one's own name or an organisation's, saying how and by when. */
  claimWish: action({
    input: z
      .object({
        wishId: id,
        kind: claimerKindSchema,
        orgId: id.optional(),
        how: note(2, '请说明打算怎样帮助实现这个心愿', 200),
        byDate: date,
      })
      .strict(),
    output: wishDetail,
  }),
  /** The wisher accepts or declines the offer. */
  answerClaim: action({ input: byClaim.extend({ accept: z.boolean() }).strict(), output: wishDetail }),
  /** The claimer marks the wish fulfilled, with at least one photo. */
  fulfilClaim: action({
    input: byClaim
      .extend({
        photos: z
          .array(attachmentInput)
          .min(1, '请上传一张圆梦照片')
          .max(MAX_ATTACHMENTS, `照片最多 ${MAX_ATTACHMENTS} 张`),
        note: text(200).default(''),
      })
      .strict(),
    output: wishDetail,
  }),
  /** The wisher confirms and says a short public thank-you (shown with names masked). */
  confirmWish: action({
    input: byClaim.extend({ thanks: note(2, '请写一句感谢的话', 60) }).strict(),
    output: wishDetail,
  }),
  /** 圆梦墙: a community's fulfilled wishes, newest first, with counts. */
  wishWall: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      community: z.object({ id, name: z.string() }),
      fulfilled: z.number().int(),
      inProgress: z.number().int(),
      open: z.number().int(),
      items: z.array(wallItem),
    }),
    idempotent: true,
  }),
  /** Wishes nobody has claimed for a while (oldest first), for the community's social workers. */
  staleWishes: action({
    input: z.object({ communityId: id, days: z.number().int().min(1).max(365).default(14) }).strict(),
    output: z.object({ days: z.number().int(), items: z.array(wish) }),
    idempotent: true,
  }),
  publicStats: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      community: headline,
      district: headline,
      communities: z.array(z.object({ id, name: z.string() })),
      communityId: id,
    }),
    idempotent: true,
  }),
  ...visitsContract,
}

export { DEMAND_SUBSCRIBE_KINDS } from './notify-categories'
