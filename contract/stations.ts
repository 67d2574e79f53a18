import { z } from 'zod'
import { action, closingTime, hhmm, id, instant, keysOf, noInput, sheetUpload, text } from './define'
import { FACILITIES, REPORT_KINDS, TIERS } from './stations-labels'

export { FACILITIES, REPORT_KINDS, TIERS, WEEKDAYS } from './stations-labels'
export type { Facility, ReportKind, Tier } from './stations-labels'
export const facilitySchema = keysOf(FACILITIES)
export const tierSchema = keysOf(TIERS)
export const reportKindSchema = keysOf(REPORT_KINDS)

/** Longitude/latitude in GCJ-02, bounded to where the service runs (and to valid numbers). */
export const lngSchema = z.number().finite().min(73).max(136)
export const latSchema = z.number().finite().min(3).max(54)

/** Opening hours of one weekday (0 = 周日). `closes` ≤ `opens` means it closes after midnight. */
export const hoursSchema = z
  .object({ weekday: z.number().int().min(0).max(6), opens: hhmm, closes: closingTime })
  .strict()
export type Hours = z.infer<typeof hoursSchema>

const liveStatusSchema = z.object({
  charging: z.enum(['available', 'full']).nullable(),
  closedUntil: z.string().nullable(),
  closedReason: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string().nullable(),
})

export const stationSummarySchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  tier: tierSchema,
  tierLabel: z.string(),
  communityName: z.string(),
  address: z.string(),
  lng: z.number(),
  lat: z.number(),
  distanceM: z.number(),
  walkMinutes: z.number(),
  /** On an e-bike at 15 km/h (250 m a minute): what a rider is shown instead of walking. */
  rideMinutes: z.number(),
  open24h: z.boolean(),
  openNow: z.boolean(),
  todayHours: z.string(),
  /** When a closed station next opens (今天 17:00 开门, 明天 07:00 开门, 周三 07:00 开门); null when open or unknown. */
  opensText: z.string().nullable(),
  facilities: z.array(facilitySchema),
  rating: z.number().nullable(),
  ratingCount: z.number(),
  live: liveStatusSchema,
})
export type StationSummary = z.infer<typeof stationSummarySchema>

export const stationDetailSchema = stationSummarySchema
  .omit({ distanceM: true, walkMinutes: true, rideMinutes: true })
  .extend({
    communityId: z.number(),
    operator: z.string(),
    phone: z.string(),
    hours: z.array(hoursSchema),
    afterHoursEntry: z.string(),
    riderOffers: z.string(),
    photos: z.array(z.string()),
    retired: z.boolean(),
    /** May the asker set status/hours and see reports of this station? */
    canManage: z.boolean(),
    myRating: z.number().nullable(),
    /** PNG data URL of the station code, for posting at the door. */
    qr: z.string(),
    /** The after-hours canteen at this station, if any (book from the detail page). */
    canteenId: z.number().nullable(),
  })
export type StationDetail = z.infer<typeof stationDetailSchema>

export const stationEditSchema = z
  .object({
    code: text(32).regex(/^[A-Za-z0-9-]{3,32}$/, '站点编码应为 3–32 位字母、数字或连字符'),
    name: text(40).min(2),
    tier: tierSchema,
    communityId: id,
    operator: text(40).default(''),
    address: text(120).min(2),
    phone: text(20)
      .regex(/^[0-9-]{0,20}$/, '电话只能包含数字和连字符')
      .default(''),
    lng: lngSchema,
    lat: latSchema,
    open24h: z.boolean().default(false),
    hours: z.array(hoursSchema).max(14).default([]),
    facilities: z.array(facilitySchema).max(12).default([]),
    afterHoursEntry: text(120).default(''),
    riderOffers: text(200).default(''),
    photos: z.array(text(500).url('{at}应为网址')).max(9).default([]),
  })
  .strict()
export type StationEdit = z.input<typeof stationEditSchema>

const reportSchema = z.object({
  id: z.number(),
  stationId: z.number(),
  stationName: z.string(),
  kind: reportKindSchema,
  kindLabel: z.string(),
  text: z.string(),
  reporter: z.string(),
  status: z.enum(['open', 'resolved']),
  resolution: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
})

export const NEARBY_MAX_LIMIT = 50
export const NEARBY_MAX_RADIUS_M = 50_000

export const stationsContract = {
  /** Nearest stations first, with filters. */
  nearby: action({
    input: z
      .object({
        lng: lngSchema,
        lat: latSchema,
        radiusM: z.number().int().min(100).max(NEARBY_MAX_RADIUS_M).default(10_000),
        facilities: z.array(facilitySchema).max(12).default([]),
        openNow: z.boolean().default(false),
        /** Open stations first (nearest first), then closed ones (nearest first); false: by distance only. */
        openFirst: z.boolean().default(true),
        q: text(30).default(''),
        limit: z.number().int().min(1).max(NEARBY_MAX_LIMIT).default(20),
      })
      .strict(),
    output: z.object({ items: z.array(stationSummarySchema), at: z.string() }),
    idempotent: true,
  }),
  detail: action({
    input: z.union([z.object({ id }).strict(), z.object({ code: text(32) }).strict()]),
    output: stationDetailSchema,
    idempotent: true,
  }),
  rate: action({
    input: z.object({ stationId: id, stars: z.number().int().min(1).max(5), text: text(200).default('') }).strict(),
    output: z.object({ rating: z.number().nullable(), ratingCount: z.number() }),
  }),
  report: action({
    input: z.object({ stationId: id, kind: reportKindSchema, text: text(300).default('') }).strict(),
    output: z.object({ reportId: z.number() }),
  }),
  setStatus: action({
    input: z
      .object({
        stationId: id,
        charging: z.enum(['available', 'full']).nullable().optional(),
        closure: z
          .object({ reason: text(60).min(2), until: instant })
          .strict()
          .nullable()
          .optional(),
        note: text(100).nullable().optional(),
      })
      .strict(),
    output: liveStatusSchema,
  }),
  setHours: action({
    input: z
      .object({
        stationId: id,
        open24h: z.boolean(),
        hours: z.array(hoursSchema).max(14),
        afterHoursEntry: text(120).optional(),
      })
      .strict(),
    output: z.object({ hours: z.array(hoursSchema), open24h: z.boolean() }),
  }),
  reports: action({
    input: z.object({ status: z.enum(['open', 'resolved']).default('open'), stationId: id.optional() }).strict(),
    output: z.object({ items: z.array(reportSchema) }),
    idempotent: true,
  }),
  resolveReport: action({
    input: z.object({ reportId: id, resolution: text(200).min(2) }).strict(),
    output: reportSchema,
  }),
  /** Admin: create (no id) or edit a station. */
  save: action({
    input: z.object({ id: id.optional(), station: stationEditSchema }).strict(),
    output: z.object({ id: z.number(), code: z.string() }),
  }),
  retire: action({ input: z.object({ id }).strict(), output: z.object({ id: z.number(), retired: z.literal(true) }) }),
  /** Admin: stations from an .xlsx or CSV file (ImportPanel); the name is kept from the CSV-only days. */
  importCsv: action({
    input: z.object({ file: sheetUpload, dryRun: z.boolean().default(false) }).strict(),
    output: z.object({
      rows: z.number(),
      created: z.number(),
      updated: z.number(),
      errors: z.array(z.object({ row: z.number(), message: z.string() })),
      dryRun: z.boolean(),
    }),
  }),
  exportCsv: action({ input: noInput, output: z.object({ csv: z.string(), filename: z.string(), rows: z.number() }) }),
}
