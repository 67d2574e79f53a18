import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'

// 微心愿 claims: the wisher hears of an offer and of the wish fulfilled; the claimer hears the
// answer and the thanks.
export const wishClaimNotices = {
  wish_claimed: template({
    category: 'community',
    data: z.object({ wish: str, claimer: str, by: z.string().max(20) }),
    title: () => '有人认领了你的微心愿',
    body: (d) => `${d.claimer}认领了「${d.wish}」，预计 ${d.by} 前完成。请打开心愿确认是否接受。`,
    wechat: (d) => ({ thing1: thing(d.wish), thing2: thing(d.claimer), time3: d.by }),
  }),
  wish_claim_answered: template({
    category: 'community',
    data: z.object({ wish: str, answer: str }),
    title: () => '认领的微心愿有答复了',
    body: (d) => `「${d.wish}」：${d.answer}。`,
    wechat: (d) => ({ thing1: thing(d.wish), thing2: thing(d.answer) }),
  }),
  wish_fulfilled: template({
    category: 'community',
    data: z.object({ wish: str, claimer: str }),
    title: () => '你的微心愿已完成',
    body: (d) => `${d.claimer}已完成「${d.wish}」，请确认并说一句感谢。`,
    wechat: (d) => ({ thing1: thing(d.wish), thing2: thing(d.claimer) }),
  }),
  wish_thanked: template({
    category: 'community',
    data: z.object({ wish: str, thanks: str }),
    title: () => '心愿人向你道谢',
    body: (d) => `「${d.wish}」已圆梦，心愿人说：${d.thanks}`,
    wechat: (d) => ({ thing1: thing(d.wish), thing2: thing(d.thanks) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof wishClaimNotices> {}
}
