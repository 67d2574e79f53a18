import { z } from 'zod'
import { ACTIVITY_SUBSCRIBE_KINDS } from '../../contract/notify-categories'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What activities tell people: sign-ups, the waitlist, reviews, reminders, changes, occupancy, group news.
export const activityNotices = {
  activity_registered: template({
    category: 'booking',
    data: z.object({ activity: str, time: str, code: str }),
    title: () => '活动报名成功',
    body: (d) => `「${d.activity}」${whenWords(d.time)}，报名码 ${d.code}，入场时出示签到。`,
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
    body: (d) => `「${d.activity}」${whenWords(d.time)}：${d.note}`,
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
    body: (d) => `「${d.activity}」${whenWords(d.time)} 在 ${d.place}，记得带上报名码。`,
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
    body: (d) => `「${d.activity}」${whenWords(d.time)}，快来报名。`,
    wechat: (d) => ({ thing1: thing(d.activity), time2: d.time, thing3: thing(d.group) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof activityNotices> {}
}

// The kinds the client asks to subscribe to must be kinds this feature sends.
ACTIVITY_SUBSCRIBE_KINDS satisfies readonly (keyof typeof activityNotices)[]
