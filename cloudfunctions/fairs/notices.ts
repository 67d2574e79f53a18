import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What the job fairs tell people: a booth booked, a registration with its entry code, the
// reminder the evening before, a cancelled fair, and a seeker's 达成意向 and 录用.
export const fairNotices = {
  fair_booth_booked: template({
    category: 'booking',
    data: z.object({ fair: str, time: str, enterprise: str }),
    title: () => '招聘会展位预订成功',
    body: (d) =>
      `${d.enterprise} 已预订 ${d.fair}（${whenWords(d.time)}）的展位。展位码在「我的展位」，求职者扫码即可投递。`,
    wechat: (d) => ({ thing1: thing(d.fair), time2: d.time, thing3: thing(d.enterprise) }),
  }),
  fair_registered: template({
    category: 'booking',
    data: z.object({ fair: str, time: str, place: str, code: str }),
    title: () => '招聘会报名成功',
    body: (d) =>
      `${d.fair} ${whenWords(d.time)}，地点 ${d.place}，入场码 ${d.code}，入口出示签到后即可到展位扫码投递。`,
    wechat: (d) => ({ thing1: thing(d.fair), time2: d.time, character_string3: d.code }),
  }),
  fair_reminder: template({
    category: 'reminder',
    data: z.object({ fair: str, time: str, place: str }),
    title: () => '明天有招聘会',
    body: (d) => `你报名或预订展位的 ${d.fair} 将于 ${whenWords(d.time)} 在 ${d.place} 举行。`,
    wechat: (d) => ({ thing1: thing(d.fair), time2: d.time, thing3: thing(d.place) }),
  }),
  fair_cancelled: template({
    category: 'booking',
    data: z.object({ fair: str, time: str, reason: str }),
    title: () => '招聘会已取消',
    body: (d) => `${d.fair}（${whenWords(d.time)}）已取消：${d.reason}。你的报名或展位随之取消。`,
    wechat: (d) => ({ thing1: thing(d.fair), time2: d.time, thing3: thing(d.reason) }),
  }),
  fair_intent: template({
    category: 'service',
    data: z.object({ fair: str, enterprise: str }),
    title: () => '企业与你达成意向',
    body: (d) => `你在 ${d.fair} 向 ${d.enterprise} 的投递已达成意向，企业将与你联系。`,
    wechat: (d) => ({ thing1: thing(d.enterprise), thing2: '已达成意向' }),
  }),
  fair_hired: template({
    category: 'service',
    data: z.object({ fair: str, enterprise: str }),
    title: () => '你已被录用',
    body: (d) => `${d.enterprise} 已录用你（${d.fair} 投递）。`,
    wechat: (d) => ({ thing1: thing(d.enterprise), thing2: '已录用' }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof fairNotices> {}
}
