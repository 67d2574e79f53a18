import { z } from 'zod'
import { TALENT_SUBSCRIBE_KINDS } from '../../contract/notify-categories'
import { noticeText as str, template, thing } from '../../server/notify/template'
import { whenWords } from '../../server/time/shanghai'

// What the talent board tells people. Notices name a challenge by its public title only: its
// confidential details never travel in a notification (the recipient may not have accepted its terms).
export const talentNotices = {
  talent_take_received: template({
    category: 'service',
    data: z.object({ challenge: str, taker: str }),
    title: () => '有人揭榜了',
    body: (d) => `${d.taker} 揭了你发布的「${d.challenge}」，请查看方案。`,
    wechat: (d) => ({ thing1: thing(d.challenge), thing2: thing(d.taker) }),
  }),
  /** The taker's take moved: shortlisted, awarded, not selected, milestone accepted, delivery accepted. */
  talent_take_update: template({
    category: 'service',
    data: z.object({ challenge: str, state: str, note: z.string().max(200) }),
    title: (d) => `揭榜进展：${d.state}`,
    body: (d) => `「${d.challenge}」${d.state}。${d.note}`,
    wechat: (d) => ({ thing1: thing(d.challenge), phrase2: d.state.slice(0, 5), thing3: thing(d.note || d.state) }),
  }),
  talent_review_invite: template({
    category: 'service',
    data: z.object({ challenge: str, time: str, place: str }),
    title: () => '技术论证会邀请',
    body: (d) => `你已入围「${d.challenge}」，请于 ${whenWords(d.time)} 到 ${d.place} 参加技术论证会。`,
    wechat: (d) => ({ thing1: thing(d.challenge), time2: d.time, thing3: thing(d.place) }),
  }),
  /** To the enterprise: a milestone was submitted for acceptance. */
  talent_milestone_submitted: template({
    category: 'service',
    data: z.object({ challenge: str, milestone: str }),
    title: () => '里程碑待验收',
    body: (d) => `「${d.challenge}」的里程碑「${d.milestone}」已提交，请验收。`,
    wechat: (d) => ({ thing1: thing(d.challenge), thing2: thing(d.milestone) }),
  }),
  talent_rated: template({
    category: 'service',
    data: z.object({ challenge: str, score: z.number().int().min(1).max(5) }),
    title: () => '收到一条评价',
    body: (d) => `「${d.challenge}」的合作方给了你 ${d.score} 分。`,
    wechat: (d) => ({ thing1: thing(d.challenge), number2: String(d.score) }),
  }),
  talent_team_invite: template({
    category: 'service',
    data: z.object({ team: str, leader: str }),
    title: () => '组队邀请',
    body: (d) => `${d.leader} 邀请你加入攻关团队「${d.team}」。`,
    wechat: (d) => ({ thing1: thing(d.team), thing2: thing(d.leader) }),
  }),
  talent_team_answer: template({
    category: 'service',
    data: z.object({ team: str, member: str, accepted: z.boolean() }),
    title: (d) => (d.accepted ? '新成员加入团队' : '组队邀请被婉拒'),
    body: (d) => `${d.member}${d.accepted ? '已加入' : '婉拒加入'}「${d.team}」。`,
    wechat: (d) => ({ thing1: thing(d.team), thing2: thing(d.member), phrase3: d.accepted ? '已加入' : '已婉拒' }),
  }),
  /** To the enterprise: an expert is interested in one of its talent needs. */
  talent_need_applied: template({
    category: 'service',
    data: z.object({ role: str, expert: str }),
    title: () => '有专家对人才需求有意向',
    body: (d) => `${d.expert} 对你发布的人才需求「${d.role}」表达了意向，请查看。`,
    wechat: (d) => ({ thing1: thing(d.role), thing2: thing(d.expert) }),
  }),
  /** To the expert: hired for a talent need, or the need was filled by others. */
  talent_need_update: template({
    category: 'service',
    data: z.object({ role: str, enterprise: str, state: str }),
    title: (d) => `人才需求：${d.state}`,
    body: (d) => `${d.enterprise}的「${d.role}」${d.state}。`,
    wechat: (d) => ({ thing1: thing(d.role), thing2: thing(d.enterprise), phrase3: d.state.slice(0, 5) }),
  }),
  /** A broker introduced an expert to an enterprise; both are told, each about the other. */
  talent_introduced: template({
    category: 'service',
    data: z.object({ challenge: str, other: str, broker: str, note: z.string().max(200) }),
    title: () => '人才经纪人为你牵线',
    body: (d) => `${d.broker} 就「${d.challenge}」为你介绍了 ${d.other}。${d.note}`,
    wechat: (d) => ({ thing1: thing(d.challenge), thing2: thing(d.other), thing3: thing(d.broker) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof talentNotices> {}
}

TALENT_SUBSCRIBE_KINDS satisfies readonly (keyof typeof talentNotices)[]
