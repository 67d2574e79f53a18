import { z } from 'zod'
import { CANTEEN_SUBSCRIBE_KINDS } from '../../contract/notify-categories'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What the canteen tells people: bookings, reminders, cancellations, rider verification.
export const canteenNotices = {
  canteen_booked: template({
    category: 'booking',
    data: z.object({ canteen: str, time: str, code: str }),
    title: () => '订餐预约成功',
    body: (d) => `${d.canteen} ${whenWords(d.time)}，预约码 ${d.code}，到店出示核销。`,
    wechat: (d) => ({ thing1: thing(d.canteen), time2: d.time, character_string3: d.code }),
  }),
  canteen_reminder: template({
    category: 'reminder',
    data: z.object({ canteen: str, time: str, code: str }),
    title: () => '用餐时间快到了',
    body: (d) => `你预约的 ${d.canteen} ${whenWords(d.time)} 即将开始，预约码 ${d.code}。`,
    wechat: (d) => ({ thing1: thing(d.canteen), time2: d.time, thing3: '请按时到店，过时未到计为爽约' }),
  }),
  canteen_cancelled: template({
    category: 'booking',
    data: z.object({ canteen: str, time: str, reason: str }),
    title: () => '订餐预约已取消',
    body: (d) => `${d.canteen} ${whenWords(d.time)} 的预约已取消：${d.reason}`,
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
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof canteenNotices> {}
}

// The kinds the client asks to subscribe to must be kinds this feature sends.
CANTEEN_SUBSCRIBE_KINDS satisfies readonly (keyof typeof canteenNotices)[]
