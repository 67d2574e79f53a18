import { z } from 'zod'
import { action, date, fileGrant, id, keysOf, noInput, sheetUpload, text } from './define'

// 全链共享 (灵峰's 12 shared projects, 002_…txt): the catalogue and how to join each, 绿电享 (group
// power purchase), 红链贷 (loans through partner banks) and an institute's free-patent list.
// Money in whole yuan; prices per kWh in 0.0001 yuan (priceE4: 5202 = ¥0.5202); savings in fen.

export const PROJECT_FLOWS = {
  lab: '共享实验室',
  jobs: '共享员工',
  power: '绿电享',
  loan: '红链贷',
  patents: '免费专利',
  demand: '向社区提需求',
} as const
export type ProjectFlow = keyof typeof PROJECT_FLOWS

/** Where joining a project goes (pages of other features are linked by path). */
export const PROJECT_PATHS: Record<Exclude<ProjectFlow, 'demand'>, string> = {
  lab: '/subpackages/lab/index',
  jobs: '/subpackages/jobs/index',
  power: '/subpackages/sharing/round',
  loan: '/subpackages/sharing/loan',
  patents: '/subpackages/sharing/patents',
}

export const THRESHOLD_KINDS = { enterprises: '家企业', kwh: '千瓦时（月用电量合计）' } as const
export const ROUND_STATUS = { open: '征集中', started: '已开团' } as const
export const LOAN_STATUS = {
  submitted: '待银行受理',
  accepted: '银行已受理',
  materials: '待补充材料',
  approved: '已获批',
  declined: '未获批',
} as const
export type LoanStatusKey = keyof typeof LOAN_STATUS

/** kWh above this many times the declared monthly consumption asks for confirmation. */
export const ABSURD_FACTOR = 10

const month = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, '{at}应为年月（YYYY-MM）')
const kwh = z.number().int('{at}应为整数千瓦时').max(1_000_000_000, '{at}过大')
const fileFormat = z.enum(['xlsx', 'csv'])
const exported = z.object({ filename: z.string(), base64: z.string(), mime: z.string(), rows: z.number() })
/** A file the client uploaded (weapp cloud storage or the gateway's /upload), as demands' attachments. */
const fileInput = z
  .object({
    fileId: z
      .string()
      .max(300)
      .regex(
        /^(cloud:\/\/[\w./@%+-]+|upload:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
        '附件标识不正确，请重新上传',
      ),
    name: text(120).min(1, '请填写文件名'),
    size: z
      .number()
      .int()
      .min(1, '文件是空的')
      .max(10 * 1024 * 1024, '附件不能超过 10 MB'),
    mime: text(120),
  })
  .strict()
const rowError = z.object({ row: z.number(), message: z.string() })

const project = z.object({
  id,
  name: z.string(),
  summary: z.string(),
  howToJoin: z.string(),
  flow: keysOf(PROJECT_FLOWS),
  /** The page joining opens; for `demand`, the demand filing page prefilled. */
  path: z.string(),
  /** For the edit form: the demand category a `demand` project files under, and its place in the list. */
  demandCategory: z.string(),
  sort: z.number(),
  example: z.boolean(),
})

const enterpriseRef = z.object({ id, name: z.string() })

const roundSummary = z.object({
  id,
  title: z.string(),
  supplier: z.string(),
  priceE4: z.number(),
  gridPriceE4: z.number(),
  /** Saving per kWh against the grid price, in percent (one decimal). */
  discountPct: z.number(),
  thresholdKind: keysOf(THRESHOLD_KINDS),
  threshold: z.number(),
  joinOpens: z.string(),
  joinCloses: z.string(),
  status: keysOf(ROUND_STATUS),
  startedAt: z.string().nullable(),
  members: z.number(),
  declaredKwh: z.number(),
  /** Recorded kWh and the saving (fen) of every member so far. */
  recordedKwh: z.number(),
  savingFen: z.number(),
  example: z.boolean(),
})

const memberRow = z.object({
  enterprise: z.string(),
  monthlyKwh: z.number(),
  months: z.number(),
  kwh: z.number(),
  savingFen: z.number(),
})

const mine = z.object({
  enterpriseId: id,
  enterprise: z.string(),
  joined: z.boolean(),
  monthlyKwh: z.number().nullable(),
  months: z.array(z.object({ month: z.string(), kwh: z.number(), savingFen: z.number() })),
  kwh: z.number(),
  savingFen: z.number(),
  can: z.array(z.enum(['join', 'record'])),
})

const loan = z.object({
  id,
  programme: z.string(),
  enterprise: z.string(),
  creditCode: z.string(),
  amountYuan: z.number(),
  purpose: z.string(),
  chain: z.string(),
  bank: z.string().nullable(),
  status: keysOf(LOAN_STATUS),
  statusLabel: z.string(),
  materialsNote: z.string(),
  approvedYuan: z.number().nullable(),
  reason: z.string(),
  files: z.array(z.object({ id, name: z.string(), size: z.number() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.array(z.enum(['upload', 'accept', 'request', 'approve', 'decline'])),
})
export type LoanView = z.infer<typeof loan>

const loanStats = z.object({
  applications: z.number(),
  approvals: z.number(),
  declined: z.number(),
  pending: z.number(),
  appliedYuan: z.number(),
  approvedYuan: z.number(),
  byBank: z.array(
    z.object({ bank: z.string(), accepted: z.number(), approvals: z.number(), approvedYuan: z.number() }),
  ),
})

const patent = z.object({
  id,
  number: z.string(),
  title: z.string(),
  field: z.string(),
  chain: z.string(),
  status: z.string(),
  institute: z.string(),
  picks: z.number(),
  /** The caller's enterprises that ticked it. */
  pickedBy: z.array(id),
  example: z.boolean(),
})

/** A bank's act: accept; ask for materials (note); approve (amountYuan); decline (note = the reason). */
const bankAct = z
  .object({
    loanId: id,
    act: z.enum(['accept', 'request', 'approve', 'decline']),
    note: text(300).default(''),
    amountYuan: z.number().int('{at}应为整数元').min(1, '批准金额应大于 0').max(10_000_000_000).optional(),
  })
  .strict()

export const sharingContract = {
  // ---- catalogue ----
  /** The community's 全链共享 projects (the caller's community, or the one named). */
  projects: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      community: z.object({ id, name: z.string() }).nullable(),
      items: z.array(project),
      canEdit: z.boolean(),
      /** For the edit form (staff only, else empty): the demand categories a `demand` project may file under. */
      demandCategories: z.array(z.object({ key: z.string(), label: z.string() })),
    }),
    idempotent: true,
  }),
  /** A 社工 (or admin) adds or edits a project of their community. */
  saveProject: action({
    input: z
      .object({
        id: id.optional(),
        communityId: id,
        name: text(40).min(2, '请填写项目名称'),
        summary: text(300).default(''),
        howToJoin: text(300).default(''),
        flow: keysOf(PROJECT_FLOWS),
        demandCategory: text(20).default('other'),
        sort: z.number().int().min(0).max(999).default(0),
      })
      .strict(),
    output: z.object({ id }),
  }),

  // ---- 绿电享 ----
  rounds: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      items: z.array(roundSummary),
      /** The community's total saving (fen) and recorded kWh across its rounds. */
      totalSavingFen: z.number(),
      totalKwh: z.number(),
      enterprises: z.number(),
      /** The community listed (the caller's, or the one named); null: every community's rounds. */
      communityId: id.nullable(),
      canCreate: z.boolean(),
    }),
    idempotent: true,
  }),
  round: action({
    input: z.object({ roundId: id }).strict(),
    output: z.object({
      round: roundSummary,
      community: z.string(),
      mine: z.array(mine),
      /** Every member's figures: the community's staff only (others: empty). */
      members: z.array(memberRow),
      canExport: z.boolean(),
    }),
    idempotent: true,
  }),
  createRound: action({
    input: z
      .object({
        communityId: id,
        title: text(60).min(2, '请填写本轮名称'),
        supplier: text(60).min(2, '请填写售电公司'),
        priceE4: z.number().int().min(1, '请填写团购电价').max(100_000),
        gridPriceE4: z.number().int().min(1, '请填写对比电价').max(100_000),
        thresholdKind: keysOf(THRESHOLD_KINDS),
        threshold: z.number().int().min(1, '开团门槛应大于 0').max(1_000_000_000),
        joinOpens: date,
        joinCloses: date,
      })
      .strict(),
    output: z.object({ id }),
  }),
  joinRound: action({
    input: z.object({ roundId: id, enterpriseId: id, monthlyKwh: kwh.min(1, '月用电量应大于 0') }).strict(),
    output: z.object({ started: z.boolean(), members: z.number() }),
  }),
  recordUsage: action({
    input: z
      .object({
        roundId: id,
        enterpriseId: id,
        month,
        kwh: kwh.min(0, '用电量不能为负数'),
        /** kWh above ABSURD_FACTOR × the declared monthly consumption is saved only when confirmed. */
        confirm: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ month: z.string(), kwh: z.number(), savingFen: z.number() }),
  }),
  /** Monthly readings from .xlsx/CSV (columns 月份, 用电量): every row checked; any bad row, nothing saved. */
  importUsage: action({
    input: z.object({ roundId: id, enterpriseId: id, file: sheetUpload, confirm: z.boolean().default(false) }).strict(),
    output: z.object({ saved: z.number(), errors: z.array(rowError) }),
  }),
  exportRound: action({
    input: z.object({ roundId: id, format: fileFormat }).strict(),
    output: exported,
  }),

  // ---- 红链贷 ----
  loanProgramme: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({
      programme: z
        .object({
          id,
          name: z.string(),
          intro: z.string(),
          capYuan: z.number(),
          banks: z.array(z.object({ id, name: z.string() })),
        })
        .nullable(),
      /** The caller's enterprises, with what the form prefills. */
      enterprises: z.array(z.object({ id, name: z.string(), creditCode: z.string(), chain: z.string() })),
      canApply: z.boolean(),
      /** The community the answer is about (null: none could be told). */
      communityId: id.nullable(),
      /** The community's staff may set the programme up: the active member units to choose banks from (others: empty). */
      canEdit: z.boolean(),
      memberUnits: z.array(z.object({ id, name: z.string() })),
    }),
    idempotent: true,
  }),
  saveProgramme: action({
    input: z
      .object({
        communityId: id,
        name: text(40).min(2, '请填写项目名称'),
        intro: text(300).default(''),
        capYuan: z.number().int().min(1, '额度上限应大于 0').max(10_000_000_000),
        bankIds: z.array(id).min(1, '请至少选择一家合作银行').max(30),
      })
      .strict(),
    output: z.object({ id }),
  }),
  applyLoan: action({
    input: z
      .object({
        programmeId: id,
        enterpriseId: id,
        amountYuan: z.number().int('{at}应为整数元').max(10_000_000_000, '申请金额过大'),
        purpose: text(200).min(2, '请填写资金用途'),
        chain: text(40).default(''),
        /** A partner bank of the programme; none: offered to every partner bank. */
        bankId: id.optional(),
      })
      .strict(),
    output: loan,
  }),
  myLoans: action({ input: noInput, output: z.object({ items: z.array(loan) }), idempotent: true }),
  addLoanFiles: action({
    input: z.object({ loanId: id, files: z.array(fileInput).min(1, '请选择文件').max(9, '附件最多 9 个') }).strict(),
    output: loan,
  }),
  /**
   * Opening a material of an application: the applying enterprise's liaisons and the bank of the
   * application (the one that took it, or while none has, a partner bank it was offered to). The
   * gateway serves an upload at /files/sharing/<loanFileId> after asking this; weapp gets a temporary URL.
   */
  loanFile: action({ input: z.object({ loanFileId: id }).strict(), output: fileGrant, idempotent: true }),
  /** A bank's queue: applications offered to its bank or taken by it. */
  bankQueue: action({
    input: z.object({ status: keysOf(LOAN_STATUS).optional() }).strict(),
    output: z.object({ banks: z.array(z.object({ id, name: z.string() })), items: z.array(loan), stats: loanStats }),
    idempotent: true,
  }),
  bankAct: action({ input: bankAct, output: loan }),
  loanStats: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: loanStats,
    idempotent: true,
  }),
  exportLoans: action({
    input: z.object({ communityId: id.optional(), format: fileFormat }).strict(),
    output: exported,
  }),

  // ---- free patents ----
  patents: action({
    input: z
      .object({
        q: text(40).default(''),
        field: text(40).default(''),
        chain: text(40).default(''),
        picked: z.boolean().default(false),
        page: z.number().int().min(1).max(1000).default(1),
      })
      .strict(),
    output: z.object({
      items: z.array(patent),
      total: z.number(),
      fields: z.array(z.string()),
      chains: z.array(z.string()),
      enterprises: z.array(enterpriseRef),
      canTick: z.boolean(),
    }),
    idempotent: true,
  }),
  /** The institutes (member units) whose patent list the caller keeps: their department grants (admins: every lister). */
  institutes: action({
    input: noInput,
    output: z.object({ items: z.array(z.object({ id, name: z.string(), patents: z.number() })) }),
    idempotent: true,
  }),
  tickPatent: action({
    input: z.object({ patentId: id, enterpriseId: id }).strict(),
    output: z.object({ picks: z.number() }),
  }),
  /** The institute's view: ticks per patent, transfer agreements, and per-enterprise counts. */
  patentTicks: action({
    input: z.object({ departmentId: id }).strict(),
    output: z.object({
      institute: z.string(),
      patents: z.number(),
      items: z.array(
        z.object({
          id,
          number: z.string(),
          title: z.string(),
          ticks: z.array(
            z.object({ enterpriseId: id, enterprise: z.string(), pickedAt: z.string(), agreement: z.boolean() }),
          ),
        }),
      ),
      byEnterprise: z.array(z.object({ enterprise: z.string(), picked: z.number(), agreements: z.number() })),
    }),
    idempotent: true,
  }),
  importPatents: action({
    /** `dryRun`: every check (other institutes' numbers too), nothing written (the import panel checks first). */
    input: z.object({ departmentId: id, file: sheetUpload, dryRun: z.boolean().default(false) }).strict(),
    output: z.object({ rows: z.number(), created: z.number(), updated: z.number(), errors: z.array(rowError) }),
  }),
  markAgreement: action({
    input: z.object({ patentId: id, enterpriseId: id, signed: z.boolean() }).strict(),
    output: z.object({ agreement: z.boolean() }),
  }),
  exportPatentTicks: action({
    input: z.object({ departmentId: id, format: fileFormat }).strict(),
    output: exported,
  }),
}
