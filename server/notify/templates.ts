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
    body: (d) =>
      d.approved ? '你已成为认证骑手，订餐可享骑手价。' : `原因：${d.reason || '未说明'}。可修改后重新申请。`,
    wechat: (d) => ({ phrase1: d.approved ? '已通过' : '未通过', thing2: thing(d.reason || '骑手认证') }),
  }),
  station_report_resolved: template({
    category: 'service',
    data: z.object({ station: str, resolution: str }),
    title: () => '你反馈的问题已处理',
    body: (d) => `${d.station}：${d.resolution}`,
    wechat: (d) => ({ thing1: thing(d.station), thing2: thing(d.resolution) }),
  }),
  activity_registered: template({
    category: 'booking',
    data: z.object({ activity: str, time: str, code: str }),
    title: () => '活动报名成功',
    body: (d) => `「${d.activity}」${d.time}，报名码 ${d.code}，入场时出示签到。`,
    wechat: (d) => ({ thing1: thing(d.activity), time2: d.time, character_string3: d.code }),
  }),
  activity_waitlisted: template({
    category: 'booking',
    data: z.object({ activity: str, position: z.number().int() }),
    title: () => '已加入候补',
    body: (d) => `「${d.activity}」名额已满，你在候补第 ${d.position} 位，有人退出会自动为你递补。`,
    wechat: (d) => ({ thing1: thing(d.activity), number2: String(d.position) }),
  }),
  activity_promoted: template({
    category: 'booking',
    data: z.object({ activity: str, time: str, note: str }),
    title: () => '候补成功',
    body: (d) => `「${d.activity}」${d.time}：${d.note}`,
    wechat: (d) => ({ thing1: thing(d.activity), time2: d.time, thing3: thing(d.note) }),
  }),
  activity_reviewed: template({
    category: 'booking',
    data: z.object({ activity: str, approved: z.boolean(), reason: z.string().max(200) }),
    title: (d) => (d.approved ? '报名已通过审核' : '报名未通过审核'),
    body: (d) =>
      d.approved
        ? `「${d.activity}」报名已通过，请按时参加。`
        : `「${d.activity}」报名未通过：${d.reason || '未说明原因'}`,
    wechat: (d) => ({
      thing1: thing(d.activity),
      phrase2: d.approved ? '已通过' : '未通过',
      thing3: thing(d.reason || '请按时参加'),
    }),
  }),
  activity_reminder: template({
    category: 'reminder',
    data: z.object({ activity: str, time: str, place: str, before: str }),
    title: (d) => `活动${d.before}后开始`,
    body: (d) => `「${d.activity}」${d.time} 在 ${d.place}，记得带上报名码。`,
    wechat: (d) => ({ thing1: thing(d.activity), time2: d.time, thing3: thing(d.place) }),
  }),
  activity_changed: template({
    category: 'booking',
    data: z.object({ activity: str, change: z.enum(['改期', '取消']), detail: str }),
    title: (d) => (d.change === '改期' ? '活动时间有变' : '活动已取消'),
    body: (d) => `「${d.activity}」${d.change}：${d.detail}`,
    wechat: (d) => ({ thing1: thing(d.activity), phrase2: d.change, thing3: thing(d.detail) }),
  }),
  activity_occupancy: template({
    category: 'service',
    data: z.object({ activity: str, percent: z.number().int(), taken: z.number().int(), capacity: z.number().int() }),
    title: (d) => `报名已达 ${d.percent}%`,
    body: (d) => `「${d.activity}」已报名 ${d.taken}/${d.capacity}。`,
    wechat: (d) => ({ thing1: thing(d.activity), number2: String(d.percent) }),
  }),
  group_new_activity: template({
    category: 'community',
    data: z.object({ group: str, activity: str, time: str }),
    title: (d) => `${d.group}有新活动`,
    body: (d) => `「${d.activity}」${d.time}，快来报名。`,
    wechat: (d) => ({ thing1: thing(d.activity), time2: d.time, thing3: thing(d.group) }),
  }),
} satisfies Record<string, Template>

export type NotificationKind = keyof typeof TEMPLATES
export type TemplateData<K extends NotificationKind> = z.input<(typeof TEMPLATES)[K]['data']>

export function templateOf(kind: string): Template | undefined {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, kind)
    ? (TEMPLATES as Record<string, Template>)[kind]
    : undefined
}
