import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'

// What the admin side tells people: a role given or taken away (they see it on 我的).
export const adminNotices = {
  role_changed: template({
    category: 'account',
    data: z.object({ granted: z.boolean(), role: str, scope: z.string().max(100) }),
    title: (d) => (d.granted ? '你获得了新角色' : '你的角色已撤销'),
    body: (d) =>
      d.granted
        ? `你已成为${d.scope ? `${d.scope}的` : ''}${d.role}，相关功能在「我的 → 工作台」。`
        : `你不再担任${d.scope ? `${d.scope}的` : ''}${d.role}。如有疑问请联系管理员。`,
    wechat: (d) => ({ phrase1: d.granted ? '已授予' : '已撤销', thing2: thing(`${d.scope}${d.role}`) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof adminNotices> {}
}
