import { z } from 'zod'
import { action, date, fileGrant, id, noInput, text } from './define'

// 共享实验室 (issue 27): a community's non-profit lab. Its catalogue (categories, test items with
// the market and lab price), orders by an enterprise's liaison with a sample drop-off day, the
// order's way through the lab (已预约 → 已收样 → 检测中 → 已出报告, or 退样), the PDF report, and
// statistics per month and category.

export { ORDER_STATUS, type OrderStatus } from './lab-words'
export const orderStatusSchema = z.enum(['booked', 'received', 'testing', 'reported', 'returned', 'cancelled'])

/** A report: PDF only, at most 20 MB (checked by the file's first bytes on the server). */
export const REPORT_LIMIT_BYTES = 20 * 1024 * 1024
export const REPORT_HINT = '检测报告只能上传 PDF 文件，且不超过 20 MB'

/** Yuan as people read it: ¥1,280 or ¥12.50. */
export const yuan = (cents: number) =>
  `¥${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: 2 })}`

const money = z.number().int().min(0).max(100_000_000)

const labSummary = z.object({
  id,
  name: z.string(),
  communityName: z.string(),
  address: z.string(),
  phone: z.string(),
  intro: z.string(),
  dailyCapacity: z.number().int(),
})

const item = z.object({
  id,
  code: z.string(),
  name: z.string(),
  categoryId: id,
  categoryName: z.string(),
  standard: z.string(),
  sampleRequirements: z.string(),
  turnaroundDays: z.number().int(),
  marketPriceCents: z.number().int(),
  labPriceCents: z.number().int(),
  /** The saving against the market price, in words: 省 ¥320（40%）. */
  saving: z.string(),
})

const orderLine = z.object({
  itemId: id,
  itemName: z.string(),
  samples: z.number().int(),
  labPriceCents: z.number().int(),
})

const order = z.object({
  id,
  code: z.string(),
  /** The order code as a QR image (data URL), shown at drop-off; empty in lists. */
  qr: z.string(),
  labId: id,
  labName: z.string(),
  enterpriseName: z.string(),
  status: orderStatusSchema,
  statusLabel: z.string(),
  dropoffDate: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  samples: z.number().int(),
  labCents: z.number().int(),
  marketCents: z.number().int(),
  returnReason: z.string().nullable(),
  lines: z.array(orderLine),
  report: z.object({ name: z.string(), size: z.number().int() }).nullable(),
  createdAt: z.string(),
  /** What the asker may do with it (the page shows buttons from this). */
  can: z.object({
    download: z.boolean(),
    receive: z.boolean(),
    startTesting: z.boolean(),
    uploadReport: z.boolean(),
    returnSamples: z.boolean(),
    /** The order's liaison, before the samples are received. */
    cancel: z.boolean(),
  }),
})
export type LabOrder = z.infer<typeof order>

export const itemEditSchema = z
  .object({
    code: text(30).min(1, '请填写项目编号'),
    name: text(60).min(1, '请填写检测项目名称'),
    category: text(30).min(1, '请填写检测类别'),
    standard: text(80).default(''),
    sampleRequirements: text(200).default(''),
    turnaroundDays: z.number().int().min(1, '检测周期至少 1 个工作日').max(60, '检测周期最多 60 个工作日'),
    marketPriceCents: z.number().int().min(1, '请填写市场价').max(100_000_000),
    labPriceCents: money,
  })
  .strict()
  .refine((e) => e.labPriceCents <= e.marketPriceCents, {
    message: '实验室价格不能高于市场价',
    path: ['labPriceCents'],
  })
export type ItemEdit = z.infer<typeof itemEditSchema>

const fileInput = z
  .object({
    /** weapp cloud storage (cloud://…) or the gateway's upload (upload:<key>). */
    fileId: z
      .string()
      .max(300)
      .regex(/^(cloud:\/\/|upload:)[\w./:-]+$/, '文件标识不正确，请重新上传'),
    name: text(120).min(1, '请提供文件名'),
    size: z.number().int().min(1, '文件是空的').max(REPORT_LIMIT_BYTES, '检测报告不能超过 20 MB'),
    mime: text(120),
  })
  .strict()

const sheetFile = z
  .string()
  .min(1, '请选择文件')
  .max(4_000_000, '文件过大（最多约 3 MB）')
  .regex(/^[A-Za-z0-9+/=\r\n]*$/, '文件内容不正确，请重新选择文件')

const monthRow = z.object({
  month: z.string(),
  batches: z.number().int(),
  enterprises: z.number().int(),
  marketCents: z.number(),
  labCents: z.number(),
})

export const labContract = {
  /** The labs (the catalogue's first choice when there are several). */
  labs: action({
    input: noInput,
    output: z.object({ items: z.array(labSummary) }),
    idempotent: true,
  }),
  /** A lab's catalogue, searched in Chinese, pinyin or initials (jcl, jinchanglv). */
  catalogue: action({
    input: z.object({ labId: id, q: text(40).default(''), categoryId: id.optional() }).strict(),
    output: z.object({
      lab: labSummary,
      categories: z.array(z.object({ id, name: z.string(), items: z.number().int() })),
      items: z.array(item),
      can: z.object({ order: z.boolean(), keep: z.boolean() }),
    }),
    idempotent: true,
  }),
  /** One item, with the drop-off days open for ordering and the places left. */
  item: action({
    input: z.object({ itemId: id }).strict(),
    output: z.object({
      lab: labSummary,
      item,
      days: z.array(z.object({ date: z.string(), label: z.string(), placesLeft: z.number().int() })),
      /** The enterprises the asker may order for (their own). */
      enterprises: z.array(z.object({ id, name: z.string() })),
      can: z.object({ order: z.boolean() }),
    }),
    idempotent: true,
  }),
  /** An enterprise liaison orders tests for their own enterprise and takes a drop-off place. */
  order: action({
    input: z
      .object({
        labId: id,
        enterpriseId: id,
        dropoffDate: date,
        lines: z
          .array(
            z
              .object({ itemId: id, samples: z.number().int().min(1, '样品数至少 1').max(100, '样品数最多 100') })
              .strict(),
          )
          .min(1, '请至少选择一个检测项目')
          .max(20, '一次最多 20 个检测项目'),
        note: text(200).default(''),
      })
      .strict(),
    output: order,
  }),
  /** The orders of the asker's enterprises, newest first. */
  myOrders: action({
    input: noInput,
    output: z.object({ items: z.array(order) }),
    idempotent: true,
  }),
  orderDetail: action({
    input: z.object({ orderId: id }).strict(),
    output: order,
    idempotent: true,
  }),
  /** The labs the asker keeps (lab staff; admins and the community's 社工 too). */
  myLabs: action({
    input: noInput,
    output: z.object({ items: z.array(labSummary) }),
    idempotent: true,
  }),
  /** Lab staff: the order board, overdue first, then by due date. */
  board: action({
    input: z.object({ labId: id, status: orderStatusSchema.optional() }).strict(),
    output: z.object({ items: z.array(order), overdue: z.number().int() }),
    idempotent: true,
  }),
  /** Lab staff scan an order's code (or type it) when the samples arrive: 已收样. */
  receive: action({
    input: z.object({ labId: id, code: text(20).min(1, '请扫描或输入订单码') }).strict(),
    output: order,
  }),
  /** Lab staff move an order on: 检测中, or 退样 with a reason. Never backwards. */
  advance: action({
    input: z.object({ orderId: id, to: z.enum(['testing', 'returned']), reason: text(200).default('') }).strict(),
    output: order,
  }),
  /** Lab staff upload the report (PDF, ≤ 20 MB): 已出报告. */
  uploadReport: action({
    input: z.object({ orderId: id, file: fileInput }).strict(),
    output: order,
  }),
  /** Where the report is opened: the gateway's /files/lab/<orderId>, or WeChat's temporary URL. */
  reportAccess: action({
    input: z.object({ orderId: id }).strict(),
    output: fileGrant,
    idempotent: true,
  }),
  /**
   * The enterprise's liaison cancels its order before the samples are received: the drop-off
   * place goes back to the day, the lab's staff are told. After 已收样 it is refused.
   */
  cancelOrder: action({
    input: z.object({ orderId: id }).strict(),
    output: order,
  }),
  /** Lab staff add or change an item. */
  saveItem: action({
    input: z.object({ labId: id, item: itemEditSchema }).strict(),
    output: z.object({ itemId: id, created: z.boolean() }),
  }),
  /** Lab staff import items from .xlsx or CSV: any bad row and nothing is written. */
  importItems: action({
    input: z
      .object({
        labId: id,
        format: z.enum(['xlsx', 'csv']),
        file: sheetFile,
        /** Check rows [from, to) only, writing nothing (the page checks in slices to show progress). */
        dryRun: z.boolean().default(false),
        from: z.number().int().min(0).default(0),
        to: z.number().int().min(1).max(100_000).default(100_000),
      })
      .strict(),
    output: z.object({
      rows: z.number().int(),
      from: z.number().int(),
      to: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
      dryRun: z.boolean(),
    }),
  }),
  /** A year's statistics: batches, enterprises served, savings, per month and category. */
  stats: action({
    input: z.object({ labId: id, year: z.number().int().min(2000).max(2099) }).strict(),
    output: z.object({
      year: z.number().int(),
      batches: z.number().int(),
      enterprises: z.number().int(),
      samples: z.number().int(),
      marketCents: z.number(),
      labCents: z.number(),
      /** Saving against the market price, in per cent (one decimal). */
      savingPct: z.number(),
      months: z.array(monthRow),
      categories: z.array(
        z.object({ id, name: z.string(), batches: z.number().int(), marketCents: z.number(), labCents: z.number() }),
      ),
    }),
    idempotent: true,
  }),
  /** Lab staff: a month's orders as a spreadsheet. */
  exportOrders: action({
    input: z
      .object({
        labId: id,
        month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM'),
        format: z.enum(['xlsx', 'csv']),
      })
      .strict(),
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number().int() }),
    idempotent: true,
  }),
  /** Admins and the community's 社工: make or change a lab. Audited. */
  saveLab: action({
    input: z
      .object({
        labId: id.optional(),
        communityId: id,
        code: text(30).min(1, '请填写实验室编码'),
        name: text(60).min(1, '请填写实验室名称'),
        address: text(120).default(''),
        phone: text(30).default(''),
        intro: text(500).default(''),
        dailyCapacity: z.number().int().min(1, '每日收样量至少 1').max(10_000, '每日收样量最多 10000'),
      })
      .strict(),
    output: z.object({ labId: id, created: z.boolean() }),
  }),
}
