import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'

// What the accounts side tells people: the outcome of a role application.
export const userNotices = {
  role_application_reviewed: template({
    category: 'account',
    data: z.object({ role: str, approved: z.boolean(), reason: z.string().max(200) }),
    title: (d) => (d.approved ? `${d.role}身份已开通` : `${d.role}申请未通过`),
    body: (d) =>
      d.approved
        ? `你的${d.role}申请已通过审核，相关服务已开通。`
        : `原因：${d.reason || '未说明'}。可修改后在 我的 → 我的身份 重新申请。`,
    wechat: (d) => ({
      thing1: thing(`${d.role}申请`),
      phrase2: d.approved ? '已通过' : '未通过',
      thing3: thing(d.reason || '审核完成'),
    }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof userNotices> {}
}
