import { z } from 'zod'
import { DEMAND_SUBSCRIBE_KINDS } from '../../contract/notify-categories'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What 企呼我应 tells people: the enterprise hears of every step (demand_progress); whoever must
// act next gets a to-do (demand_todo); holders are reminded before the deadline and told when it
// passes; a wisher hears that their wish met a resource.
export const demandsNotices = {
  demand_progress: template({
    category: 'service',
    data: z.object({ title: str, step: str, note: z.string().max(200) }),
    title: (d) => `诉求进展：${d.step}`,
    body: (d) => `「${d.title}」${d.step}${d.note ? `：${d.note}` : ''}`,
    wechat: (d) => ({ thing1: thing(d.title), phrase2: thing(d.step).slice(0, 5), thing3: thing(d.note || d.step) }),
  }),
  demand_todo: template({
    category: 'service',
    data: z.object({ title: str, step: str, due: z.string().max(20) }),
    title: (d) => `待办诉求：${d.step}`,
    body: (d) => `「${d.title}」${d.step}${d.due ? `，办理时限 ${whenWords(d.due)}` : ''}，请及时处理。`,
    wechat: (d) => ({ thing1: thing(d.title), thing2: thing(d.step), time3: d.due || '—' }),
  }),
  demand_reminder: template({
    category: 'reminder',
    data: z.object({ title: str, due: str }),
    title: () => '诉求即将到期',
    body: (d) => `「${d.title}」将于 ${whenWords(d.due)} 到期，请抓紧办理。`,
    wechat: (d) => ({ thing1: thing(d.title), time2: d.due, thing3: '即将到期，请抓紧办理' }),
  }),
  demand_overdue: template({
    category: 'service',
    data: z.object({ title: str, due: str, community: str }),
    title: () => '诉求已逾期',
    body: (d) => `${d.community}「${d.title}」已于 ${whenWords(d.due)} 逾期，已上报街道督办。`,
    wechat: (d) => ({ thing1: thing(d.title), time2: d.due, thing3: '已逾期，街道督办' }),
  }),
  wish_matched: template({
    category: 'community',
    data: z.object({ wish: str, resource: str, provider: str }),
    title: () => '你的微心愿有回应了',
    body: (d) => `「${d.wish}」已对接「${d.resource}」（${d.provider}），社工会与你联系。`,
    wechat: (d) => ({ thing1: thing(d.wish), thing2: thing(d.resource), thing3: thing(d.provider) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof demandsNotices> {}
}

DEMAND_SUBSCRIBE_KINDS satisfies readonly (keyof typeof demandsNotices)[]
