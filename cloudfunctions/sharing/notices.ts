import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'

// What 全链共享 tells people: a 绿电享 round started; a 红链贷 application moved (to the enterprise)
// or arrived (to the partner banks); a patent transfer agreement was recorded.
export const sharingNotices = {
  power_round_started: template({
    category: 'service',
    data: z.object({ round: str, supplier: str, members: z.number() }),
    title: () => '绿电享已开团',
    body: (d) => `「${d.round}」已达到开团门槛（${d.members} 家企业），将由${d.supplier}按团购价供电。`,
    wechat: (d) => ({ thing1: thing(d.round), thing2: thing(`已开团，${d.members} 家企业参团`) }),
  }),
  loan_status: template({
    category: 'service',
    data: z.object({ enterprise: str, status: str, detail: str }),
    title: (d) => `红链贷：${d.status}`,
    body: (d) => `${d.enterprise}的红链贷申请${d.status}${d.detail ? `：${d.detail}` : ''}`,
    wechat: (d) => ({
      thing1: thing(d.enterprise),
      phrase2: d.status.slice(0, 5),
      thing3: thing(d.detail || d.status),
    }),
  }),
  loan_offered: template({
    category: 'service',
    data: z.object({ enterprise: str, amount: str }),
    title: () => '新的红链贷申请',
    body: (d) => `${d.enterprise}申请红链贷 ${d.amount}，请及时受理。`,
    wechat: (d) => ({ thing1: thing(d.enterprise), amount2: d.amount }),
  }),
  patent_agreement: template({
    category: 'service',
    data: z.object({ patent: str, institute: str }),
    title: () => '专利转让协议已登记',
    body: (d) => `${d.institute}已登记「${d.patent}」的转让协议。`,
    wechat: (d) => ({ thing1: thing(d.patent), thing2: thing(d.institute) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof sharingNotices> {}
}
