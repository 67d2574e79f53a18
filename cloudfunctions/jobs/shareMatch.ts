import { sql } from 'kysely'
import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { defineGuard, handler } from '../../server/core/define-function'
import { reviewsCommunity } from './domain/access'

/** Guard: a 社工 of the lending offer's community (admins: any), the offer locked. */
const lendReviewer = defineGuard("social worker of the lending offer's community", async ({ db, user }, id) => {
  const s = await db
    .selectFrom('job_shares')
    .selectAll()
    .select([sql<string>`start_date::text`.as('start'), sql<string>`end_date::text`.as('end')])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  if (!s) return refuse('NOT_FOUND', '共享员工信息不存在')
  if (!reviewsCommunity(user, s.community_id)) refuse('FORBIDDEN', '只能对接本社区企业的共享员工')
  return s
})

/**
 * The 社工 matches a lending enterprise with a borrowing one, for a headcount no larger than either
 * and the period both give (their overlap). Both offers are then matched; audited.
 */
export const shareMatch = handler('jobs', 'shareMatch', {
  access: lendReviewer('lendId'),
  async run(ctx, { borrowId, headcount }) {
    const { db, user, now, target: lend } = ctx
    const borrow = await db
      .selectFrom('job_shares')
      .selectAll()
      .select([sql<string>`start_date::text`.as('start'), sql<string>`end_date::text`.as('end')])
      .where('id', '=', borrowId)
      .forUpdate()
      .executeTakeFirst()
    if (!borrow) return refuse('NOT_FOUND', '用工需求不存在')
    if (lend.side !== 'lend' || borrow.side !== 'borrow') refuse('BAD_REQUEST', '请选择一方借出、一方借入')
    if (lend.status !== 'open' || borrow.status !== 'open') refuse('CONFLICT', '这条信息已对接或已关闭')
    if (lend.enterprise_id === borrow.enterprise_id) refuse('BAD_REQUEST', '同一家企业之间不需要共享员工')
    if (!ctx.user.roles.includes('admin') && borrow.community_id !== lend.community_id)
      refuse('FORBIDDEN', '只能对接本社区企业的共享员工')
    if (headcount > lend.headcount || headcount > borrow.headcount)
      refuse('BAD_REQUEST', `人数不能超过借出方 ${lend.headcount} 人或借入方 ${borrow.headcount} 人`)
    const start = lend.start > borrow.start ? lend.start : borrow.start
    const end = lend.end < borrow.end ? lend.end : borrow.end
    if (end < start) refuse('BAD_REQUEST', '双方的时间段没有重叠，无法对接')
    const m = await db
      .insertInto('job_share_matches')
      .values({
        lend_id: lend.id,
        borrow_id: borrow.id,
        community_id: lend.community_id,
        headcount,
        start_date: start,
        end_date: end,
        matched_by: user.id,
        lender_confirmed_at: null,
        borrower_confirmed_at: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.updateTable('job_shares').set({ status: 'matched' }).where('id', 'in', [lend.id, borrow.id]).execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'jobs.share.match',
      subject: { type: 'job_share_match', id: m.id },
      communityId: lend.community_id,
      after: { lendId: lend.id, borrowId: borrow.id, headcount, start, end },
    })
    return { id: m.id }
  },
})
