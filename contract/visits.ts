import { z } from 'zod'
import { action, bigId, date, id, keysOf, text } from './define'

// 网格走访 and intake on an enterprise's behalf (代报), part of the demands function:
// a 社工 plans and records visits to the enterprises of their community, files what they found as
// demands for the enterprise (走访/来电/来访), and reads the grid's visit coverage.

/** How a demand came in: the enterprise itself, or a 社工 taking it down (代报). */
export const DEMAND_CHANNELS = { self: '企业自报', visit: '走访', phone: '来电', walk_in: '来访' } as const
export type DemandChannel = keyof typeof DEMAND_CHANNELS
export const demandChannelSchema = keysOf(DEMAND_CHANNELS)

/** Days without a visit after which an enterprise is listed first (待走访). */
export const VISIT_OVERDUE_DAYS = 90

export const VISIT_STATUS = { planned: '计划走访', done: '已走访' } as const
export type VisitStatus = keyof typeof VISIT_STATUS

const photo = z.object({
  id,
  fileId: z.string(),
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  image: z.boolean(),
})

const visit = z.object({
  id,
  enterpriseId: id,
  enterprise: z.string(),
  grid: z.string().nullable(),
  community: z.string(),
  status: z.enum(['planned', 'done']),
  statusLabel: z.string(),
  /** The visit's day (done) or the planned day, YYYY-MM-DD (Shanghai). */
  date: z.string(),
  worker: z.string(),
  met: z.string(),
  findings: z.string(),
  photos: z.array(photo),
  /** Demands filed from this visit on the enterprise's behalf. */
  demands: z.array(z.object({ id, title: z.string(), statusLabel: z.string() })),
  /** What the asker may do: record a planned visit, file a need found on it (代报). */
  can: z.array(z.enum(['record', 'file'])),
})
export type Visit = z.infer<typeof visit>

const visitRow = visit.omit({ photos: true, demands: true, can: true }).extend({ photos: z.number().int() })
export type VisitRow = z.infer<typeof visitRow>

const coverageGrid = z.object({
  gridId: id.nullable(),
  grid: z.string(),
  /** The grid's responsible 社工 (一社工一网格), null when it has none. */
  worker: z.string().nullable(),
  enterprises: z.number().int(),
  visitedThisQuarter: z.number().int(),
  /** Not visited for 90 days (or never). */
  overdue: z.number().int(),
})

const coverageItem = z.object({
  enterpriseId: id,
  enterprise: z.string(),
  grid: z.string().nullable(),
  lastVisitOn: z.string().nullable(),
  /** Days since the last visit (null: never visited). */
  daysSince: z.number().int().nullable(),
  overdue: z.boolean(),
  /** A visit planned for today or later. */
  plannedOn: z.string().nullable(),
})
export type CoverageItem = z.infer<typeof coverageItem>

/** A visit's photos: the demands' upload path (weapp cloud storage or the gateway's upload:<key>). */
const photoInput = z
  .object({
    fileId: z
      .string()
      .max(300)
      .regex(
        /^(cloud:\/\/[\w./@%+-]+|upload:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
        '照片标识不正确，请重新上传',
      ),
    name: text(120).min(1, '请填写文件名'),
    size: z
      .number()
      .int()
      .min(1, '文件是空的')
      .max(10 * 1024 * 1024, '照片不能超过 10 MB'),
    mime: text(120),
  })
  .strict()

export const visitsContract = {
  /**
   * Plan a visit (status planned, a day from today on) or record one (done: the day it happened,
   * not in the future, who was met, what was found, photos). A planned visit is recorded by
   * saving it again with its id and status done.
   */
  saveVisit: action({
    input: z
      .object({
        visitId: id.optional(),
        enterpriseId: id,
        status: z.enum(['planned', 'done']),
        date,
        met: text(200).default(''),
        findings: text(2000).default(''),
        photos: z.array(photoInput).max(9, '照片最多 9 张').default([]),
      })
      .strict(),
    output: visit,
  }),
  /** One visit with its photos and the demands filed from it. */
  visit: action({ input: z.object({ visitId: id }).strict(), output: visit, idempotent: true }),
  /** A community's visits (the asker's own by default), newest first, 20 a page. */
  visits: action({
    input: z
      .object({
        communityId: id.optional(),
        scope: z.enum(['mine', 'community']).default('mine'),
        status: z.enum(['planned', 'done', 'all']).default('all'),
        enterpriseId: id.optional(),
        before: bigId.optional(),
      })
      .strict(),
    output: z.object({ items: z.array(visitRow), more: z.boolean() }),
    idempotent: true,
  }),
  /**
   * Visit coverage of a community: per grid, enterprises visited this quarter of all and those not
   * visited for 90 days; then the enterprises, the longest unvisited first (never visited first
   * of all), 30 a page, optionally one grid, or searched by name (to pick one for 代报).
   */
  coverage: action({
    input: z
      .object({
        communityId: id,
        gridId: id.optional(),
        q: text(40).optional(),
        page: z.number().int().min(1).max(1000).default(1),
      })
      .strict(),
    output: z.object({
      community: z.string(),
      /** 2026年第4季度 */
      quarter: z.string(),
      quarterStart: z.string(),
      total: coverageGrid,
      grids: z.array(coverageGrid),
      items: z.array(coverageItem),
      more: z.boolean(),
    }),
    idempotent: true,
  }),
  /** A community's visits in a date range as .xlsx or CSV (server/sheets.ts). */
  exportVisits: action({
    input: z.object({ communityId: id, from: date, to: date, format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({
      filename: z.string(),
      content: z.string(),
      encoding: z.enum(['utf8', 'base64']),
      rows: z.number().int(),
    }),
  }),
}
