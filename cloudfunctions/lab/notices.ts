import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What the lab tells people: the enterprise at each step of its order, the lab's staff about
// orders past their due date and orders an enterprise cancelled.
export const labNotices = {
  lab_ordered: template({
    category: 'booking',
    data: z.object({ lab: str, date: str, code: str }),
    title: () => '检测预约成功',
    body: (d) => `${d.lab}：请于 ${whenWords(d.date)} 送样，出示订单码 ${d.code}。`,
    wechat: (d) => ({ thing1: thing(d.lab), date2: d.date, character_string3: d.code }),
  }),
  lab_progress: template({
    category: 'service',
    data: z.object({ lab: str, code: str, status: str, note: z.string().max(200) }),
    title: (d) => `检测订单${d.status}`,
    body: (d) => `${d.lab} 订单 ${d.code}：${d.status}${d.note ? `。${d.note}` : ''}`,
    wechat: (d) => ({ thing1: thing(d.lab), character_string2: d.code, phrase3: thing(d.status) }),
  }),
  lab_cancelled: template({
    category: 'service',
    data: z.object({ lab: str, code: str, enterprise: str, date: str }),
    title: () => '检测订单已取消',
    body: (d) => `${d.enterprise} 取消了订单 ${d.code}（原定 ${d.date} 送样），送样名额已释放。`,
    wechat: (d) => ({ thing1: thing(d.lab), character_string2: d.code, thing3: thing(d.enterprise) }),
  }),
  lab_overdue: template({
    category: 'service',
    data: z.object({ lab: str, count: z.number().int() }),
    title: () => '有检测订单已超期',
    body: (d) => `${d.lab} 有 ${d.count} 个订单已过预计出报告日期，请优先处理。`,
    wechat: (d) => ({ thing1: thing(d.lab), number2: String(d.count) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof labNotices> {}
}
