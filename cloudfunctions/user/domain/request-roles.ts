import type { z } from 'zod'
import { ENTREPRENEUR_MAX_AGE, ROLE_LABELS, type SelfRole } from '../../../contract/roles'
import type { roleRequestSchema } from '../../../contract/user'
import { refuse } from '../../../server/core/app-error'
import type { TxCtx } from '../../../server/core/tx'
import { creditCodeProblem, normalizeCreditCode } from '../../../server/people/credit-code'
import { grantRole } from '../../../server/people/grants'
import type { Caller } from '../../../server/people/roles'
import { shanghaiDate } from '../../../server/time/shanghai'
import { settlePrimaryRole } from './primary-role'

export type RoleRequest = z.output<typeof roleRequestSchema>
export interface RoleOutcome {
  role: SelfRole
  label: string
  status: 'granted' | 'pending'
  note: string
}

/** Age this year from a birth year, in Shanghai (the activities' youth rule counts the same way). */
export const ageFrom = (birthYear: number, now: Date) => Number(shanghaiDate(now).slice(0, 4)) - birthYear

/**
 * What a person says they are, in one go: everything is checked before anything is written, so
 * a bad part (a wrong check digit, an age over 35, a role already held) refuses the whole request.
 * 职工 and 骑手 are granted at once; 青创客 when the birth year allows; 企业联络员 and 专家 become
 * applications a social worker reviews.
 */
export async function requestRoles(
  ctx: TxCtx,
  user: Caller,
  communityId: number,
  req: RoleRequest,
): Promise<RoleOutcome[]> {
  const { db, now } = ctx
  const wants = new Set(req.roles)
  if (req.enterprise && !wants.has('enterprise')) refuse('BAD_REQUEST', '填写了企业信息，但没有选择企业联络员')
  if (req.expert && !wants.has('expert')) refuse('BAD_REQUEST', '填写了专家信息，但没有选择专家')
  if (req.company !== undefined && !wants.has('entrepreneur')) refuse('BAD_REQUEST', '填写了所在企业，但没有选择青创客')

  for (const role of req.roles) {
    if (user.roles.includes(role)) refuse('CONFLICT', `你已是${ROLE_LABELS[role]}，无需重复申请`)
  }
  const pending = await db
    .selectFrom('role_applications')
    .select('role')
    .where('user_id', '=', user.id)
    .where('status', '=', 'pending')
    .execute()
  for (const p of pending) {
    if (wants.has(p.role)) refuse('CONFLICT', `你的${ROLE_LABELS[p.role]}申请正在审核中，请耐心等待`)
  }

  const birthYear = req.birthYear ?? user.birth_year
  if (wants.has('entrepreneur')) {
    if (!birthYear) refuse('BAD_REQUEST', `青创客需填写出生年份（${ENTREPRENEUR_MAX_AGE} 周岁及以下）`)
    const age = ageFrom(birthYear!, now)
    if (age > ENTREPRENEUR_MAX_AGE)
      refuse('BAD_REQUEST', `青创客限 ${ENTREPRENEUR_MAX_AGE} 周岁及以下（按出生年份计算，你今年 ${age} 岁）`)
  }
  let enterprise: { name: string; creditCode: string; communityId: number; registeredAs: string | null } | null = null
  if (wants.has('enterprise')) {
    if (!req.enterprise) return refuse('BAD_REQUEST', '企业联络员需填写企业名称和统一社会信用代码')
    const problem = creditCodeProblem(req.enterprise.creditCode)
    if (problem) refuse('BAD_REQUEST', problem)
    const creditCode = normalizeCreditCode(req.enterprise.creditCode)
    // An enterprise already on record is confirmed by its own community's social worker.
    const known = await db
      .selectFrom('enterprises')
      .select(['name', 'community_id'])
      .where('credit_code', '=', creditCode)
      .executeTakeFirst()
    enterprise = {
      name: req.enterprise.name,
      creditCode,
      communityId: known?.community_id ?? communityId,
      registeredAs: known?.name ?? null,
    }
  }
  if (wants.has('expert') && !req.expert) refuse('BAD_REQUEST', '专家需填写研究领域、所在单位和职称')

  if (req.birthYear !== undefined && req.birthYear !== user.birth_year) {
    await db.updateTable('users').set({ birth_year: req.birthYear }).where('id', '=', user.id).execute()
  }
  const outcomes: RoleOutcome[] = []
  for (const role of req.roles) {
    const label = ROLE_LABELS[role]
    if (role === 'worker' || role === 'rider' || role === 'entrepreneur') {
      const details = role === 'entrepreneur' && req.company ? { company: req.company } : {}
      await grantRole(ctx, { userId: user.id, role, details }, null)
      outcomes.push({
        role,
        label,
        status: 'granted',
        note: role === 'rider' ? '已开通；提交骑手认证、社工审核通过后享骑手价' : '已开通',
      })
      continue
    }
    const details =
      role === 'enterprise'
        ? { name: enterprise!.name, creditCode: enterprise!.creditCode }
        : { field: req.expert!.field, institution: req.expert!.institution, title: req.expert!.title }
    const reviewedIn = role === 'enterprise' ? enterprise!.communityId : communityId
    const inserted = await db
      .insertInto('role_applications')
      .values({ user_id: user.id, role, community_id: reviewedIn, details: JSON.stringify(details), created_at: now })
      // Two taps at once: the partial unique index keeps one pending application per role.
      .onConflict((oc) => oc.columns(['user_id', 'role']).where('status', '=', 'pending').doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) refuse('CONFLICT', `你的${label}申请正在审核中，请耐心等待`)
    const community = await db
      .selectFrom('communities')
      .select('name')
      .where('id', '=', reviewedIn)
      .executeTakeFirstOrThrow()
    outcomes.push({ role, label, status: 'pending', note: `已提交，等待${community.name}社工审核` })
  }
  await settlePrimaryRole(ctx, user.id)
  return outcomes
}
