import { z } from 'zod'
import './zod-zh'

/**
 * One action of one cloud function: its input and output schemas.
 * `idempotent` marks reads the client may retry after a network failure; writes are never retried.
 */
export interface ActionContract<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  input: I
  output: O
  idempotent: boolean
}

export function action<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(spec: {
  input: I
  output: O
  idempotent?: boolean
}): ActionContract<I, O> {
  return { input: spec.input, output: spec.output, idempotent: spec.idempotent ?? false }
}

/** Input with no fields; unknown fields are still refused. */
export const noInput = z.object({}).strict()

export type FunctionContract = Record<string, ActionContract>

// Shared field shapes: what PostgreSQL can store, refused with a Chinese message before any
// handler (or the database) sees it. Every action's schema uses these, never ad-hoc ones.

/** `{at}` in a message is replaced with the field's name (describeZodError), for messages set on a check. */
export const AT = '{at}'

/**
 * Text PostgreSQL can store: no NUL (text and jsonb refuse it) and no unpaired UTF-16 surrogate
 * (the drivers would silently turn it into U+FFFD). Written unrolled so a 1 MB CSV costs
 * milliseconds and never exhausts the regexp backtrack stack.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what it refuses
export const STORABLE = /^[^\u0000\uD800-\uDFFF]*(?:[\uD800-\uDBFF][\uDC00-\uDFFF][^\u0000\uD800-\uDFFF]*)*$/
export const UNSTORABLE_MESSAGE = `${AT}含有无法保存的字符（如空字符 \\u0000）`

/** Free text of at most `max` characters, trimmed; `tooLong` words the refusal where the default would not do. */
export const text = (max: number, tooLong?: string) =>
  z.string().trim().max(max, tooLong).regex(STORABLE, UNSTORABLE_MESSAGE)

/** A string kept only as a hash (a password): as text, but never trimmed. */
export const secret = (min: number, max: number) => z.string().min(min).max(max).regex(STORABLE, UNSTORABLE_MESSAGE)

/** Ids of int4 columns (serial): what the database stores, 1…2³¹−1. */
export const INT4_MAX = 2_147_483_647
export const id = z.number().int().min(1).max(INT4_MAX)
/** Ids of int8 columns (bigserial: reservations, notifications), bounded to what JSON carries exactly. */
export const bigId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)

/** Years a date or time may name: the service's own era (PostgreSQL has no year 0, and 9999 is nobody's booking). */
const YEAR = /^20\d\d-/
const YEAR_MESSAGE = `${AT}的年份应在 2000–2099 之间`

/** A calendar date (Shanghai) as YYYY-MM-DD: a real day (no 2026-02-30, no 0000-00-00). */
export const date = z.string().date(`${AT}应为有效日期（YYYY-MM-DD）`).regex(YEAR, YEAR_MESSAGE)

/** An instant as ISO 8601 with an offset (2026-11-23T12:00:00+08:00): a real day, a real offset. */
export const instant = z
  .string()
  .datetime({ offset: true, message: `${AT}应为有效时间（如 2026-11-23T12:00:00+08:00）` })
  .regex(YEAR, YEAR_MESSAGE)
  .regex(/(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)$/, `${AT}的时区不正确`)

/** A time of day HH:MM, 00:00–23:59. */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${AT}应为 HH:MM 格式的时间`)
/** A closing time: as hhmm, or 24:00 (midnight at the end of the day). */
export const closingTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, `${AT}应为 HH:MM 格式的时间`)

/** An enum schema over the keys of a label map (key → the Chinese label people read). */
export function keysOf<T extends Record<string, string>>(labels: T) {
  const keys = Object.keys(labels) as (keyof T & string)[]
  return z.enum(keys as [keyof T & string, ...(keyof T & string)[]])
}

/**
 * The answer of a feature's file-reading action (the one its manifest names in `files`): the
 * caller may read this file. `fileId` is where the bytes are (`upload:<key>`: the gateway serves
 * it at /files/<kind>/<id>; `cloud://…`: WeChat storage, `url` is a temporary link).
 */
export const fileGrant = z.object({
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  url: z.string().nullable(),
  fileId: z.string(),
})
/** A spreadsheet sent for import (ImportPanel on the client): its name (.xlsx or .csv) and its bytes as base64. */
export const sheetUpload = z
  .object({
    name: text(120).regex(/\.([xX][lL][sS][xX]|[cC][sS][vV])$/, '请选择 .xlsx 或 .csv 文件'),
    base64: z
      .string()
      .max(4_000_000, '文件不能超过 3 MB')
      .regex(/^[A-Za-z0-9+/=\r\n]*$/, '文件内容不正确，请重新选择文件'),
  })
  .strict()
