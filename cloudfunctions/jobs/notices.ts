import { z } from 'zod'
import { JOBS_SUBSCRIBE_KINDS } from '../../contract/notify-categories'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What the 零工市场 tells people: a posting reviewed, an application received, its status changed,
// a shift about to start.
export const jobsNotices = {
  jobs_posting_reviewed: template({
    category: 'service',
    data: z.object({ title: str, approved: z.boolean(), note: z.string().max(200) }),
    title: (d) => (d.approved ? '岗位已通过审核' : '岗位未通过审核'),
    body: (d) => (d.approved ? `「${d.title}」已公开招聘。` : `「${d.title}」未通过审核：${d.note}`),
    wechat: (d) => ({
      thing1: thing(d.title),
      phrase2: d.approved ? '已通过' : '未通过',
      thing3: thing(d.note || '—'),
    }),
  }),
  jobs_applied: template({
    category: 'service',
    data: z.object({ title: str, name: str }),
    title: () => '收到新的求职投递',
    body: (d) => `${d.name} 投递了「${d.title}」，请及时查看。`,
    wechat: (d) => ({ thing1: thing(d.title), thing2: thing(d.name) }),
  }),
  jobs_application_update: template({
    category: 'service',
    data: z.object({ title: str, enterprise: str, status: str, reason: z.string().max(200) }),
    title: (d) => `求职进度：${d.status}`,
    body: (d) => `${d.enterprise}「${d.title}」：${d.status}${d.reason ? `（${d.reason}）` : ''}。`,
    wechat: (d) => ({ thing1: thing(d.title), phrase2: d.status, thing3: thing(d.reason || d.enterprise) }),
  }),
  jobs_shift_reminder: template({
    category: 'reminder',
    data: z.object({ title: str, time: str, place: str }),
    title: () => '零工班次快开始了',
    body: (d) => `「${d.title}」${whenWords(d.time)} 开工，地点 ${d.place}，到场后扫码签到。`,
    wechat: (d) => ({ thing1: thing(d.title), time2: d.time, thing3: thing(d.place) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof jobsNotices> {}
}

JOBS_SUBSCRIBE_KINDS satisfies readonly (keyof typeof jobsNotices)[]
