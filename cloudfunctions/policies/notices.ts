import { z } from 'zod'
import { MENTOR_SUBSCRIBE_KINDS, POLICY_SUBSCRIBE_KINDS } from '../../contract/notify-categories'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What policies and mentors tell people: a policy that now matches them, a favourite's deadline,
// staff's expiring policies, and a mentor hour's request, decision, reminder, cancellation and note.
export const policyNotices = {
  policy_matched: template({
    category: 'community',
    data: z.object({ title: str, what: str, benefit: z.string().max(200), count: z.number().int().min(1) }),
    title: (d) => (d.count > 1 ? `有 ${d.count} 条政策与你的条件相符` : `${d.what}：你符合申请条件`),
    body: (d) =>
      d.count > 1
        ? `「${d.title}」等 ${d.count} 条政策与你的条件相符，去“我能享受”看看。`
        : `「${d.title}」与你的条件相符${d.benefit ? `，可享受：${d.benefit}` : ''}。`,
    wechat: (d) => ({ thing1: thing(d.title), thing2: thing(d.count > 1 ? `共 ${d.count} 条政策` : d.what) }),
  }),
  policy_deadline: template({
    category: 'reminder',
    data: z.object({ title: str, closesOn: str, daysLeft: z.number().int().min(0) }),
    title: () => '收藏的政策即将截止申请',
    body: (d) =>
      `「${d.title}」${d.daysLeft === 0 ? '今天' : `${d.daysLeft} 天后（${d.closesOn}）`}截止受理，需要的话请尽快申请。`,
    wechat: (d) => ({ thing1: thing(d.title), date2: d.closesOn, thing3: '截止前请备齐材料申请' }),
  }),
  policy_expiring: template({
    category: 'service',
    data: z.object({ title: str, closesOn: str }),
    title: () => '政策即将到期',
    body: (d) => `你维护的「${d.title}」将于 ${d.closesOn} 截止受理，如已延续请及时更新。`,
    wechat: (d) => ({ thing1: thing(d.title), date2: d.closesOn }),
  }),
  mentor_requested: template({
    category: 'booking',
    data: z.object({ person: str, time: str, topic: str }),
    title: () => '有新的辅导预约待确认',
    body: (d) => `${d.person} 预约了 ${whenWords(d.time)}（${d.topic}），请确认或婉拒。`,
    wechat: (d) => ({ thing1: thing(d.person), time2: d.time, thing3: thing(d.topic) }),
  }),
  mentor_decided: template({
    category: 'booking',
    data: z.object({ mentor: str, time: str, approved: z.boolean(), reason: z.string().max(200) }),
    title: (d) => (d.approved ? '导师已确认你的预约' : '辅导预约未能安排'),
    body: (d) =>
      d.approved
        ? `${d.mentor} ${d.time} 的辅导已确认，请准时到场。`
        : `${d.mentor} ${d.time} 的辅导未能安排：${d.reason || '未说明原因'}。可另选时段。`,
    wechat: (d) => ({
      thing1: thing(d.mentor),
      time2: d.time,
      phrase3: d.approved ? '已确认' : '未安排',
      thing4: thing(d.reason || '请准时到场'),
    }),
  }),
  mentor_reminder: template({
    category: 'reminder',
    data: z.object({ who: str, time: str, place: str }),
    title: () => '辅导时间快到了',
    body: (d) => `与 ${d.who} 的辅导 ${whenWords(d.time)} 开始，地点：${d.place}。`,
    wechat: (d) => ({ thing1: thing(d.who), time2: d.time, thing3: thing(d.place) }),
  }),
  mentor_cancelled: template({
    category: 'booking',
    data: z.object({ person: str, time: str, reason: z.string().max(200) }),
    title: () => '辅导预约已取消',
    body: (d) => `${d.person} 取消了 ${whenWords(d.time)} 的辅导${d.reason ? `：${d.reason}` : ''}。`,
    wechat: (d) => ({ thing1: thing(d.person), time2: d.time, thing3: thing(d.reason || '对方已取消') }),
  }),
  mentor_noted: template({
    category: 'service',
    data: z.object({ mentor: str, time: str }),
    title: () => '导师写下了辅导记要',
    body: (d) => `${d.mentor} 为 ${whenWords(d.time)} 的辅导写下了记要，欢迎查看并评价。`,
    wechat: (d) => ({ thing1: thing(d.mentor), time2: d.time }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof policyNotices> {}
}

// The kinds the client asks to subscribe to must be kinds this feature sends.
MENTOR_SUBSCRIBE_KINDS satisfies readonly (keyof typeof policyNotices)[]
POLICY_SUBSCRIBE_KINDS satisfies readonly (keyof typeof policyNotices)[]
