import { AUDIENCES } from '../../../contract/activities'
import { refuse } from '../../../server/core/app-error'
import { hasRole, type Caller } from '../../../server/people/roles'
import { shanghaiDate, whenWords } from '../../../server/time/shanghai'
import type { Activity } from './access'

const YOUTH_MAX_AGE = 35

/**
 * Why this person may not sign up now whatever they answer — the activity is cancelled, outside
 * its registration window, or for an audience they are not in — or null. Signed out: the window
 * only (the tap asks them to sign in). The detail's `can` and signUp both ask this.
 */
export function signUpRefusal(
  user: Caller | null,
  a: Activity,
  now: Date,
): { code: 'CONFLICT' | 'FORBIDDEN'; message: string } | null {
  if (a.status === 'cancelled') return { code: 'CONFLICT', message: `活动已取消：${a.cancel_reason ?? ''}` }
  if (now < new Date(a.registration_opens_at))
    return { code: 'CONFLICT', message: `报名将于 ${whenWords(new Date(a.registration_opens_at))} 开始` }
  if (now >= new Date(a.registration_closes_at))
    return { code: 'CONFLICT', message: `报名已于 ${whenWords(new Date(a.registration_closes_at))} 截止` }
  if (!user) return null
  if (a.audience === 'workers' && !hasRole(user, 'worker') && !hasRole(user, 'rider'))
    return { code: 'FORBIDDEN', message: `这个活动面向${AUDIENCES.workers}` }
  if (a.audience === 'enterprises' && !hasRole(user, 'enterprise'))
    return { code: 'FORBIDDEN', message: `这个活动面向${AUDIENCES.enterprises}` }
  return null
}

/** Whether this person may sign up now, and with these answers; refusals say why in Chinese. */
export function checkSignUp(
  user: Caller & { birth_year?: number | null },
  a: Activity,
  input: { answers: Record<string, string>; children: number; birthYear?: number },
  now: Date,
): { seats: number; answers: Record<string, string>; birthYear: number | null } {
  const refusal = signUpRefusal(user, a, now)
  if (refusal) refuse(refusal.code, refusal.message)

  let birthYear: number | null = input.birthYear ?? user.birth_year ?? null
  if (a.audience === 'youth') {
    // The age is checked on the birth year given with the answers (the detail's `can` cannot know it).
    if (!birthYear) refuse('BAD_REQUEST', '青年活动限 35 岁及以下，请填写出生年份')
    const age = Number(shanghaiDate(now).slice(0, 4)) - birthYear!
    if (age > YOUTH_MAX_AGE) refuse('FORBIDDEN', `这个活动面向 ${YOUTH_MAX_AGE} 岁及以下的青年`)
  } else birthYear = user.birth_year ?? null

  if (a.max_children === 0 && input.children > 0) refuse('BAD_REQUEST', '这个活动不接受带孩子报名')
  if (input.children > a.max_children) refuse('BAD_REQUEST', `每个报名最多带 ${a.max_children} 个孩子`)
  if (a.audience === 'families' && input.children < 1) refuse('BAD_REQUEST', '亲子活动请填写孩子人数（至少 1 人）')

  const answers: Record<string, string> = {}
  const known = new Set(a.questions.map((q) => q.id))
  for (const key of Object.keys(input.answers)) if (!known.has(key)) refuse('BAD_REQUEST', '报名信息包含未知的问题')
  for (const q of a.questions) {
    // Own keys only: a question named like an Object method must not read the prototype.
    const v = (Object.hasOwn(input.answers, q.id) ? input.answers[q.id] : '').trim()
    if (q.required && !v) refuse('BAD_REQUEST', `请回答「${q.label}」`)
    if (v && q.options.length && !q.options.includes(v))
      refuse('BAD_REQUEST', `「${q.label}」请从选项中选择：${q.options.join('、')}`)
    if (v) answers[q.id] = v
  }
  return { seats: 1 + input.children, answers, birthYear }
}
