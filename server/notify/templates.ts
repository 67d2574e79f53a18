import { z } from 'zod'
import type { NotifyCategory } from '../../contract/notifications'

/**
 * Every kind of notification: its category, what the inbox shows, and the fields of its
 * WeChat subscribe message. WeChat field rules: thing ≤ 20 chars, character_string ≤ 32,
 * time as "YYYY-MM-DD HH:mm". Template ids are configuration (see channels/config.ts).
 */
export interface Template<D = any> {
  category: NotifyCategory
  data: z.ZodType<D>
  title(d: D): string
  body(d: D): string
  wechat(d: D): Record<string, string>
}

const thing = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s)
const str = z.string().min(1).max(200)

function template<S extends z.ZodTypeAny>(t: Omit<Template<z.output<S>>, 'data'> & { data: S }): Template<z.output<S>> {
  return t
}

export const TEMPLATES = {
  canteen_booked: template({
    category: 'booking',
    data: z.object({ canteen: str, time: str, code: str }),
    title: () => '订餐预约成功',
    body: (d) => `${d.canteen} ${d.time}，预约码 ${d.code}，到店出示核销。`,
    wechat: (d) => ({ thing1: thing(d.canteen), time2: d.time, character_string3: d.code }),
  }),
  canteen_reminder: template({
    category: 'reminder',
    data: z.object({ canteen: str, time: str, code: str }),
    title: () => '用餐时间快到了',
    body: (d) => `你预约的 ${d.canteen} ${d.time} 即将开始，预约码 ${d.code}。`,
    wechat: (d) => ({ thing1: thing(d.canteen), time2: d.time, thing3: '请按时到店，过时未到计为爽约' }),
  }),
  canteen_cancelled: template({
    category: 'booking',
    data: z.object({ canteen: str, time: str, reason: str }),
    title: () => '订餐预约已取消',
    body: (d) => `${d.canteen} ${d.time} 的预约已取消：${d.reason}`,
    wechat: (d) => ({ thing1: thing(d.canteen), time2: d.time, thing3: thing(d.reason) }),
  }),
  rider_verification: template({
    category: 'account',
    data: z.object({ approved: z.boolean(), reason: z.string().max(200) }),
    title: (d) => (d.approved ? '骑手认证已通过' : '骑手认证未通过'),
    body: (d) => (d.approved ? '你已成为认证骑手，订餐可享骑手价。' : `原因：${d.reason || '未说明'}。可修改后重新申请。`),
    wechat: (d) => ({ phrase1: d.approved ? '已通过' : '未通过', thing2: thing(d.reason || '骑手认证') }),
  }),
  station_report_resolved: template({
    category: 'service',
    data: z.object({ station: str, resolution: str }),
    title: () => '你反馈的问题已处理',
    body: (d) => `${d.station}：${d.resolution}`,
    wechat: (d) => ({ thing1: thing(d.station), thing2: thing(d.resolution) }),
  }),
} satisfies Record<string, Template>

export type NotificationKind = keyof typeof TEMPLATES
export type TemplateData<K extends NotificationKind> = z.input<(typeof TEMPLATES)[K]['data']>

export function templateOf(kind: string): Template | undefined {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, kind) ? (TEMPLATES as Record<string, Template>)[kind] : undefined
}
