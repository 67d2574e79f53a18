import { z } from 'zod'
import { action, date, id, instant, keysOf, noInput, text } from './define'
import {
  availabilitySchema,
  awardKindSchema,
  dismissReasonSchema,
  industryChainSchema,
  needModeSchema,
  placeSchema,
} from './talent-vocabulary'

export * from './talent-vocabulary'

// 人才揭榜: enterprises post challenges (榜单) and talent needs, experts and teams take them.
// Confidentiality is in the shapes: no public output below has a field for a challenge's
// confidential details (problem, goals, criteria); only `details` carries them, and only to the
// enterprise's liaisons and to experts who accepted the challenge's terms.

const yuan = z.number().int('金额应为整数（元）').min(0, '金额不能为负数').max(100_000_000, '金额超出上限')
const skills = z.array(text(16).min(1, '技能不能为空')).min(1, '至少填写 1 项技能').max(12, '技能最多 12 项')
const score = z.number().int().min(1, '评分为 1–5 分').max(5, '评分为 1–5 分')

export const CHALLENGE_STATUS = {
  open: '揭榜中',
  awarded: '攻关中',
  solved: '已解决',
  closed: '已关闭',
} as const
export const challengeStatusSchema = keysOf(CHALLENGE_STATUS)

export const TAKE_STATUS = {
  submitted: '已揭榜',
  shortlisted: '已入围',
  awarded: '已中榜',
  not_selected: '未中榜',
  withdrawn: '已撤回',
} as const
export const takeStatusSchema = keysOf(TAKE_STATUS)

export const MILESTONE_STATUS = { pending: '进行中', submitted: '待验收', accepted: '已验收' } as const
export const milestoneStatusSchema = keysOf(MILESTONE_STATUS)

/** A challenge as anyone may see it: the public summary, never the confidential details. */
export const challengeSummary = z.object({
  id,
  title: z.string(),
  summary: z.string(),
  chain: industryChainSchema,
  skills: z.array(z.string()),
  awardKind: awardKindSchema,
  awardYuan: z.number().int(),
  deadline: z.string(),
  status: challengeStatusSchema,
  /** Takes are accepted (status open, deadline not passed). */
  open: z.boolean(),
  enterpriseName: z.string(),
  communityName: z.string(),
  takers: z.number().int(),
  postedAt: z.string(),
})
export type ChallengeSummary = z.infer<typeof challengeSummary>

/** The confidential part, shown only after the terms are accepted. */
export const challengeDetails = z.object({
  challengeId: id,
  problem: z.string(),
  goals: z.string(),
  criteria: z.string(),
})

const milestone = z.object({
  id,
  seq: z.number().int(),
  title: z.string(),
  dueDate: z.string(),
  status: milestoneStatusSchema,
  note: z.string(),
})

const ratingShape = z.object({ score: z.number().int(), comment: z.string(), at: z.string() })

/** A take as its taker sees it. */
const myTake = z.object({
  id,
  status: takeStatusSchema,
  proposal: z.string(),
  timeline: z.string(),
  priceYuan: z.number().int(),
  teamName: z.string().nullable(),
  submittedAt: z.string(),
})

const challengeView = challengeSummary.extend({
  terms: z.string(),
  termsAccepted: z.boolean(),
  /** The caller is a liaison of the posting enterprise. */
  isOwner: z.boolean(),
  mine: myTake.nullable(),
  /** Why the caller cannot take it now (null: they can). */
  cannotTake: z.string().nullable(),
})

/** A recommended expert or team for a challenge, with its score and the reasons in words. */
const talentMatch = z.object({
  kind: z.enum(['profile', 'team']),
  /** The expert's user id, or the team's id. */
  id,
  name: z.string(),
  headline: z.string(),
  skills: z.array(z.string()),
  score: z.number(),
  reasons: z.array(z.string()),
})
export type TalentMatch = z.infer<typeof talentMatch>

const challengeMatch = challengeSummary.extend({ score: z.number(), reasons: z.array(z.string()) })

const needSummary = z.object({
  id,
  role: z.string(),
  chain: industryChainSchema,
  skills: z.array(z.string()),
  mode: needModeSchema,
  place: z.string(),
  headcount: z.number().int(),
  description: z.string(),
  status: z.enum(['open', 'filled', 'closed']),
  enterpriseName: z.string(),
  communityName: z.string(),
  postedAt: z.string(),
})
const needMatch = needSummary.extend({ score: z.number(), reasons: z.array(z.string()) })

export const NEED_APPLICATION_STATUS = { applied: '已表达意向', hired: '已录用', declined: '未录用' } as const
export const needApplicationStatusSchema = keysOf(NEED_APPLICATION_STATUS)
/** An expert who is interested in a need, as its enterprise sees them (phone masked). */
/** What the enterprise may do with its talent need now (mine's `can`): 关闭需求. */
export const NEED_OWNER_ACTIONS = ['close'] as const
export type NeedOwnerAction = (typeof NEED_OWNER_ACTIONS)[number]
/** What it may do with one who applied (needApplicants' `can`): 录用. */
export const APPLICANT_OWNER_ACTIONS = ['hire'] as const
export type ApplicantOwnerAction = (typeof APPLICANT_OWNER_ACTIONS)[number]

const needApplicant = z.object({
  userId: id,
  name: z.string(),
  headline: z.string(),
  skills: z.array(z.string()),
  availability: availabilitySchema.nullable(),
  dualAppointment: z.boolean(),
  phone: z.string().nullable(),
  note: z.string(),
  status: needApplicationStatusSchema,
  at: z.string(),
  can: z.array(z.enum(APPLICANT_OWNER_ACTIONS)),
})

const profileFields = {
  field: text(30).min(2, '请填写研究或专业领域'),
  institution: text(40).default(''),
  title: text(20).default(''),
  skills,
  chains: z.array(industryChainSchema).max(4, '产业链最多选 4 条').default([]),
  achievements: text(1000).default(''),
  availability: availabilitySchema,
  dualAppointment: z.boolean().default(false),
  languages: z.array(text(10).min(1)).max(6).default(['中文']),
  overseas: z.boolean().default(false),
  place: placeSchema,
}
const profile = z.object({
  userId: id,
  name: z.string(),
  field: z.string(),
  institution: z.string(),
  title: z.string(),
  skills: z.array(z.string()),
  chains: z.array(industryChainSchema),
  achievements: z.string(),
  availability: availabilitySchema,
  dualAppointment: z.boolean(),
  languages: z.array(z.string()),
  overseas: z.boolean(),
  place: placeSchema,
  rating: z.number().nullable(),
  ratings: z.number().int(),
})
export type TalentProfile = z.infer<typeof profile>

/** An expert as others find them (teams, brokers): no phone, no contact details. */
const expertCard = z.object({
  userId: id,
  name: z.string(),
  headline: z.string(),
  skills: z.array(z.string()),
  place: z.string(),
})

const team = z.object({
  id,
  name: z.string(),
  intro: z.string(),
  leaderId: id,
  formed: z.boolean(),
  members: z.array(
    z.object({ userId: id, name: z.string(), status: z.enum(['invited', 'accepted', 'declined', 'left']) }),
  ),
  skills: z.array(z.string()),
})

/** A take as the posting enterprise sees it; the taker's phone is masked. */
/**
 * What the posting enterprise may do with its challenge now (manage's `can`): close it (关闭榜单),
 * hold the 技术论证会, set the milestones, accept the delivery, rate the winner, steer the
 * recommended talents (不感兴趣).
 */
export const CHALLENGE_OWNER_ACTIONS = [
  'close',
  'holdReview',
  'setMilestones',
  'acceptDelivery',
  'rate',
  'dismissTalent',
] as const
export type ChallengeOwnerAction = (typeof CHALLENGE_OWNER_ACTIONS)[number]
/** What it may do with one take now: 入围, 取消入围, 定榜. */
export const TAKE_OWNER_ACTIONS = ['shortlist', 'unshortlist', 'award'] as const
export type TakeOwnerAction = (typeof TAKE_OWNER_ACTIONS)[number]
/** What it may do with one milestone now: 验收. */
export const MILESTONE_OWNER_ACTIONS = ['accept'] as const
export type MilestoneOwnerAction = (typeof MILESTONE_OWNER_ACTIONS)[number]

const takeForOwner = z.object({
  id,
  status: takeStatusSchema,
  proposal: z.string(),
  timeline: z.string(),
  priceYuan: z.number().int(),
  submittedAt: z.string(),
  takerId: id,
  takerName: z.string(),
  takerPhone: z.string().nullable(),
  headline: z.string(),
  rating: z.number().nullable(),
  ratings: z.number().int(),
  team: z.object({ id, name: z.string(), members: z.array(z.string()) }).nullable(),
})

const challengeInput = {
  title: text(40).min(4, '标题至少 4 个字'),
  summary: text(300).min(10, '公开摘要至少 10 个字'),
  chain: industryChainSchema,
  skills,
  awardKind: awardKindSchema,
  awardYuan: yuan,
  deadline: date,
  terms: text(1000).min(10, '保密条款至少 10 个字'),
  problem: text(3000).min(10, '问题描述至少 10 个字'),
  goals: text(2000).min(4, '请填写攻关目标'),
  criteria: text(2000).min(4, '请填写验收标准'),
}

const introduction = z.object({
  id,
  challengeId: id,
  challengeTitle: z.string(),
  enterpriseName: z.string(),
  expertId: id,
  expertName: z.string(),
  note: z.string(),
  introducedAt: z.string(),
  outcome: z.enum(['introduced', 'took', 'shortlisted', 'awarded', 'solved', 'closed']),
  outcomeLabel: z.string(),
})

const statsRow = z.object({
  posted: z.number().int(),
  taken: z.number().int(),
  solved: z.number().int(),
  teams: z.number().int(),
  reviews: z.number().int(),
  overseasMatched: z.number().int(),
  dualAppointed: z.number().int(),
})

export const talentContract = {
  /** The public board: open challenges, by chain, award or deadline, with Chinese search. */
  board: action({
    input: z
      .object({
        chain: industryChainSchema.optional(),
        communityId: id.optional(),
        q: text(20).default(''),
        sort: z.enum(['deadline', 'award', 'recent']).default('recent'),
        minAwardYuan: yuan.optional(),
      })
      .strict(),
    output: z.object({ items: z.array(challengeSummary) }),
    idempotent: true,
  }),
  /** One challenge's public page, with what the caller may do. */
  challenge: action({ input: z.object({ id }).strict(), output: challengeView, idempotent: true }),
  /** Accept a challenge's confidentiality terms; answers with its details. */
  acceptTerms: action({ input: z.object({ challengeId: id }).strict(), output: challengeDetails }),
  /** The confidential details: the posting enterprise, or an expert who accepted the terms. */
  details: action({ input: z.object({ challengeId: id }).strict(), output: challengeDetails, idempotent: true }),
  /** Open talent needs (人才需求) of enterprises. */
  needs: action({
    input: z.object({ chain: industryChainSchema.optional(), mode: needModeSchema.optional() }).strict(),
    output: z.object({ items: z.array(needSummary) }),
    idempotent: true,
  }),
  /** Posted, taken, solved, teams formed… per community and per district, from the records. */
  stats: action({
    input: noInput,
    output: z.object({
      districts: z.array(statsRow.extend({ district: z.string(), communities: z.number().int() })),
      communities: z.array(statsRow.extend({ id, name: z.string(), district: z.string() })),
      /** Records that are the demo's generated history (示例), counted in the figures above. */
      demoHistory: z.number().int(),
    }),
    idempotent: true,
  }),

  // 企业联络员
  mine: action({
    input: noInput,
    output: z.object({
      enterprises: z.array(z.object({ id, name: z.string() })),
      challenges: z.array(challengeSummary.extend({ shortlisted: z.number().int() })),
      needs: z.array(
        needSummary.extend({
          applicants: z.number().int(),
          hired: z.number().int(),
          can: z.array(z.enum(NEED_OWNER_ACTIONS)),
        }),
      ),
    }),
    idempotent: true,
  }),
  postChallenge: action({
    input: z.object({ enterpriseId: id, ...challengeInput }).strict(),
    output: z.object({ id }),
  }),
  closeChallenge: action({
    input: z.object({ id, reason: text(60).min(2, '请说明关闭原因') }).strict(),
    output: z.object({ status: challengeStatusSchema }),
  }),
  /**
   * The posting enterprise's view: details, takes, review meeting, milestones, ratings, and what
   * it may do now (`can`, on the challenge, each take and each milestone: the page shows these
   * buttons only; the actions check again).
   */
  manage: action({
    input: z.object({ id }).strict(),
    output: z.object({
      challenge: challengeSummary.extend({ terms: z.string() }),
      details: challengeDetails,
      takes: z.array(takeForOwner.extend({ can: z.array(z.enum(TAKE_OWNER_ACTIONS)) })),
      review: z
        .object({ activityId: id, startsAt: z.string(), place: z.string(), invited: z.number().int() })
        .nullable(),
      milestones: z.array(milestone.extend({ can: z.array(z.enum(MILESTONE_OWNER_ACTIONS)) })),
      myRating: ratingShape.nullable(),
      theirRating: ratingShape.nullable(),
      can: z.array(z.enum(CHALLENGE_OWNER_ACTIONS)),
    }),
    idempotent: true,
  }),
  shortlist: action({
    input: z.object({ takeId: id, on: z.boolean().default(true) }).strict(),
    output: z.object({ status: takeStatusSchema }),
  }),
  /** 技术论证会: an activity with the shortlisted takers registered. */
  holdReview: action({
    input: z
      .object({ challengeId: id, startsAt: instant, endsAt: instant, address: text(100).min(2, '请填写地点') })
      .strict(),
    output: z.object({ activityId: id, invited: z.number().int() }),
  }),
  award: action({
    input: z.object({ challengeId: id, takeId: id }).strict(),
    output: z.object({ status: challengeStatusSchema }),
  }),
  setMilestones: action({
    input: z
      .object({
        challengeId: id,
        milestones: z
          .array(z.object({ title: text(40).min(2, '里程碑名称至少 2 个字'), dueDate: date }).strict())
          .min(1, '至少设置 1 个里程碑')
          .max(10, '里程碑最多 10 个'),
      })
      .strict(),
    output: z.object({ milestones: z.array(milestone) }),
  }),
  acceptMilestone: action({ input: z.object({ milestoneId: id }).strict(), output: milestone }),
  acceptDelivery: action({
    input: z.object({ challengeId: id }).strict(),
    output: z.object({ status: challengeStatusSchema }),
  }),
  /** Rate the other side once the delivery is accepted (the enterprise rates the taker, and back). */
  rate: action({
    input: z.object({ challengeId: id, score, comment: text(200).default('') }).strict(),
    output: ratingShape,
  }),
  postNeed: action({
    input: z
      .object({
        enterpriseId: id,
        role: text(30).min(2, '请填写岗位'),
        chain: industryChainSchema,
        skills,
        mode: needModeSchema,
        place: text(40).min(2, '请填写工作地点'),
        headcount: z.number().int().min(1).max(100).default(1),
        description: text(1000).default(''),
      })
      .strict(),
    output: z.object({ id }),
  }),
  closeNeed: action({
    input: z.object({ id }).strict(),
    output: z.object({ status: z.enum(['open', 'filled', 'closed']) }),
  }),
  /** The experts interested in one of the enterprise's talent needs, first come first. */
  needApplicants: action({
    input: z.object({ needId: id }).strict(),
    output: z.object({ items: z.array(needApplicant) }),
    idempotent: true,
  }),
  /** 录用: hire an expert who applied; the need is filled once its headcount is hired (the rest are told). */
  hireForNeed: action({
    input: z.object({ needId: id, userId: id }).strict(),
    output: z.object({ status: z.enum(['open', 'filled', 'closed']), hired: z.number().int() }),
  }),
  /** The best experts and teams for a challenge, with reasons (the enterprise, its community's broker). */
  recommendTalents: action({
    input: z.object({ challengeId: id, limit: z.number().int().min(1).max(50).default(20) }).strict(),
    output: z.object({ items: z.array(talentMatch) }),
    idempotent: true,
  }),
  /** 不感兴趣 on a recommended expert or team for a challenge. */
  dismissTalent: action({
    input: z
      .object({ challengeId: id, profileId: id.optional(), teamId: id.optional(), reason: dismissReasonSchema })
      .strict()
      .refine((i) => (i.profileId === undefined) !== (i.teamId === undefined), '请指定一位专家或一个团队'),
    output: z.object({ dismissed: z.boolean() }),
  }),

  // 专家与团队
  myProfile: action({ input: noInput, output: z.object({ profile: profile.nullable() }), idempotent: true }),
  saveProfile: action({ input: z.object(profileFields).strict(), output: profile }),
  /** The best challenges and needs for the caller's profile, with reasons. */
  recommendForMe: action({
    input: z.object({ limit: z.number().int().min(1).max(50).default(20) }).strict(),
    output: z.object({ challenges: z.array(challengeMatch), needs: z.array(needMatch) }),
    idempotent: true,
  }),
  /** 不感兴趣 on a recommended challenge or need. */
  dismiss: action({
    input: z
      .object({ challengeId: id.optional(), needId: id.optional(), reason: dismissReasonSchema })
      .strict()
      .refine((i) => (i.challengeId === undefined) !== (i.needId === undefined), '请指定一张榜单或一条人才需求'),
    output: z.object({ dismissed: z.boolean() }),
  }),
  /** 我有意向: tell the enterprise of a talent need that the caller is interested (once per need). */
  applyNeed: action({
    input: z.object({ needId: id, note: text(200).default('') }).strict(),
    output: z.object({ status: needApplicationStatusSchema }),
  }),
  /** The talent needs the caller said they are interested in, with the outcome. */
  myApplications: action({
    input: noInput,
    output: z.object({ items: z.array(needSummary.extend({ application: needApplicationStatusSchema })) }),
    idempotent: true,
  }),
  /** 揭榜: a proposal, alone or with a formed team, with a timeline and a price. */
  take: action({
    input: z
      .object({
        challengeId: id,
        teamId: id.optional(),
        proposal: text(2000).min(10, '方案说明至少 10 个字'),
        timeline: text(200).min(2, '请填写计划周期'),
        priceYuan: yuan,
      })
      .strict(),
    output: myTake,
  }),
  withdrawTake: action({ input: z.object({ takeId: id }).strict(), output: myTake }),
  myTakes: action({
    input: noInput,
    output: z.object({
      items: z.array(
        z.object({
          take: myTake,
          challenge: challengeSummary,
          milestones: z.array(milestone),
          canRate: z.boolean(),
          myRating: ratingShape.nullable(),
          theirRating: ratingShape.nullable(),
        }),
      ),
    }),
    idempotent: true,
  }),
  submitMilestone: action({
    input: z.object({ milestoneId: id, note: text(500).min(2, '请简要说明交付内容') }).strict(),
    output: milestone,
  }),
  searchExperts: action({
    input: z.object({ q: text(20).min(1, '请输入姓名、领域或技能') }).strict(),
    output: z.object({ items: z.array(expertCard) }),
    idempotent: true,
  }),
  createTeam: action({
    input: z.object({ name: text(30).min(2, '团队名称至少 2 个字'), intro: text(300).default('') }).strict(),
    output: team,
  }),
  invite: action({ input: z.object({ teamId: id, userId: id }).strict(), output: team }),
  respondInvite: action({ input: z.object({ teamId: id, accept: z.boolean() }).strict(), output: team }),
  leaveTeam: action({ input: z.object({ teamId: id }).strict(), output: team }),
  myTeams: action({
    input: noInput,
    output: z.object({ teams: z.array(team), invitations: z.array(team) }),
    idempotent: true,
  }),

  // 人才经纪人
  /** Open challenges in the broker's communities with few takers, fewest first. */
  brokerBoard: action({
    input: noInput,
    output: z.object({
      communities: z.array(z.object({ id, name: z.string() })),
      items: z.array(challengeSummary.extend({ introductions: z.number().int() })),
    }),
    idempotent: true,
  }),
  /** Introduce an expert to the enterprise of a challenge; both are told. */
  introduce: action({
    input: z.object({ challengeId: id, expertId: id, note: text(200).default('') }).strict(),
    output: introduction,
  }),
  introductions: action({ input: noInput, output: z.object({ items: z.array(introduction) }), idempotent: true }),
  /** The broker's community's challenges as a spreadsheet (public fields only). */
  exportBoard: action({
    input: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
    output: z.object({ filename: z.string(), mime: z.string(), base64: z.string(), rows: z.number().int() }),
    idempotent: true,
  }),
}

export { TALENT_SUBSCRIBE_KINDS } from './notify-categories'
