import { z } from 'zod'
import type { NotifyCategory } from '../../contract/notifications'

/**
 * A kind of notification: its category, what the inbox shows, and the fields of its WeChat
 * subscribe message. WeChat field rules: thing ≤ 20 chars, character_string ≤ 32, time as
 * "YYYY-MM-DD HH:mm". Template ids are configuration (config.ts). Each feature declares its own
 * kinds in its notices.ts and lists them in its manifest.
 */
export interface Template<D = any> {
  category: NotifyCategory
  data: z.ZodType<D, z.ZodTypeDef, any>
  title(d: D): string
  body(d: D): string
  wechat(d: D): Record<string, string>
}

export function template<S extends z.ZodTypeAny>(
  t: Omit<Template<z.output<S>>, 'data'> & { data: S },
): Template<z.output<S>> & { data: S } {
  return t
}

/** A WeChat `thing` field: at most 20 characters. */
export const thing = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s)
/** A required text field of a notice. */
export const noticeText = z.string().min(1).max(200)

/**
 * Every notice kind of the app, by name. Empty here: each feature's notices.ts adds its own
 * kinds by declaration merging, so `notify()` checks kinds and data at compile time without a
 * central list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Notices {}

export type NotificationKind = keyof Notices & string
export type TemplateData<K extends NotificationKind> = Notices[K] extends { data: infer S extends z.ZodTypeAny }
  ? z.input<S>
  : never
