import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { liaisonOf } from './domain/access'
import { presentLoans } from './domain/loans'
import { holdersOf } from '../../server/people/grants'

const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`

/**
 * An enterprise applies for 红链贷: amount (1 … the programme's cap), purpose, chain; the credit
 * code comes from the enterprise's record. Offered to the partner bank chosen, or to all of them;
 * their staff are told.
 */
export const applyLoan = handler('sharing', 'applyLoan', {
  access: liaisonOf('enterpriseId'),
  async run(ctx, { programmeId, amountYuan, purpose, chain, bankId }) {
    const { db, now, user, target: e } = ctx
    const p = await db
      .selectFrom('sharing_loan_programmes')
      .selectAll()
      .where('id', '=', programmeId)
      .executeTakeFirst()
    if (!p) return refuse('NOT_FOUND', '红链贷项目不存在')
    if (p.community_id !== e.community_id) refuse('FORBIDDEN', '该项目面向其他社区的企业')
    const cap = Number(p.cap_yuan)
    if (amountYuan <= 0) refuse('BAD_REQUEST', '申请金额应大于 0 元')
    if (amountYuan > cap) refuse('BAD_REQUEST', `申请金额不能超过本项目上限 ${yuan(cap)}`)
    const partners = await db
      .selectFrom('sharing_loan_banks')
      .select('department_id')
      .where('programme_id', '=', p.id)
      .execute()
    if (bankId !== undefined && !partners.some((b) => b.department_id === bankId))
      refuse('BAD_REQUEST', '所选银行不是本项目的合作银行')
    const row = await db
      .insertInto('sharing_loans')
      .values({
        programme_id: p.id,
        enterprise_id: e.id,
        applicant_id: user.id,
        amount_yuan: amountYuan,
        purpose,
        chain: chain || e.industry,
        credit_code: e.credit_code,
        bank_id: bankId ?? null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    const banks = bankId !== undefined ? [bankId] : partners.map((b) => b.department_id)
    for (const userId of await holdersOf(db, 'bank', banks)) {
      await notify(ctx, {
        userId,
        kind: 'loan_offered',
        data: { enterprise: e.name, amount: yuan(amountYuan) },
        page: '/subpackages/sharing/bank',
        event: `loan:${row.id}:offered`,
      })
    }
    return (await presentLoans(db, [row], user))[0]
  },
})
