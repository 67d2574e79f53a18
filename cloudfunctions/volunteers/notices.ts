import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'

// 志愿服务: organisers hear of sign-ups and repair requests; members hear the answer to their
// sign-up and their confirmed hours; a worker hears that a volunteer took their repair.
export const volunteersNotices = {
  volunteer_signup: template({
    category: 'community',
    data: z.object({ team: str, name: str }),
    title: () => '有人报名志愿队',
    body: (d) => `${d.name} 报名加入「${d.team}」，请审核。`,
    wechat: (d) => ({ thing1: thing(d.team), thing2: thing(d.name) }),
  }),
  volunteer_joined: template({
    category: 'community',
    data: z.object({ team: str, result: str }),
    title: () => '志愿队报名结果',
    body: (d) => `「${d.team}」：${d.result}。`,
    wechat: (d) => ({ thing1: thing(d.team), thing2: thing(d.result) }),
  }),
  volunteer_task: template({
    category: 'service',
    data: z.object({ team: str, task: str, place: z.string().max(60) }),
    title: (d) => `志愿任务：${d.team}`,
    body: (d) => `${d.task}${d.place ? `（${d.place}）` : ''}`,
    wechat: (d) => ({ thing1: thing(d.task), thing2: thing(d.place || d.team) }),
  }),
  volunteer_hours: template({
    category: 'community',
    data: z.object({ task: str, minutes: str }),
    title: () => '志愿时长已确认',
    body: (d) => `「${d.task}」确认志愿服务 ${d.minutes} 分钟，感谢你的付出。`,
    wechat: (d) => ({ thing1: thing(d.task), number2: d.minutes }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof volunteersNotices> {}
}
