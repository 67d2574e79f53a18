import { LOAN_STATUS, type LoanStatusKey } from '../../contract/sharing'
import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { loanBank } from './domain/access'
import { presentLoans } from './domain/loans'
import { holdersOf } from '../../server/people/grants'

/** Which acts each status allows. */
const ALLOWED: Record<'accept' | 'request' | 'approve' | 'decline', readonly LoanStatusKey[]> = {
  accept: ['submitted'],
  request: ['accepted', 'materials'],
  approve: ['accepted', 'materials'],
  decline: ['submitted', 'accepted', 'materials'],
}

/**
 * A partner bank acts on a 红链贷 application: accept it (it becomes this bank's), ask for
 * materials, approve (an amount up to what was asked) or decline with a reason. Only the bank
 * that took it (or, before that, a bank it was offered to) may act: the guard locks the
 * application, so two banks accepting at once cannot both take it. Audited; the applicant told.
 */
export const bankAct = handler('sharing', 'bankAct', {
  access: loanBank('loanId'),
  async run(ctx, input) {
    const { db, now, user, target } = ctx
    const { loan, bankId } = target
    if (!ALLOWED[input.act].includes(loan.status))
      refuse('CONFLICT', `申请当前为“${LOAN_STATUS[loan.status]}”，不能这样操作`)
    const set: Record<string, unknown> = { bank_id: bankId, updated_at: now }
    let detail = ''
    if (input.act === 'accept') set.status = 'accepted'
    if (input.act === 'request') {
      if (input.note.length < 2) refuse('BAD_REQUEST', '请写明需要补充的材料')
      set.status = 'materials'
      set.materials_note = input.note
      detail = input.note
    }
    if (input.act === 'approve') {
      if (input.amountYuan === undefined) return refuse('BAD_REQUEST', '请填写批准金额')
      if (input.amountYuan > Number(loan.amount_yuan)) refuse('BAD_REQUEST', '批准金额不能超过申请金额')
      Object.assign(set, { status: 'approved', approved_yuan: input.amountYuan, decided_at: now })
      detail = `批准 ${input.amountYuan.toLocaleString('zh-CN')} 元`
    }
    if (input.act === 'decline') {
      if (input.note.length < 2) refuse('BAD_REQUEST', '请写明未获批的理由')
      Object.assign(set, { status: 'declined', reason: input.note, decided_at: now })
      detail = input.note
    }
    const updated = await db
      .updateTable('sharing_loans')
      .set(set)
      .where('id', '=', loan.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    const bank = await db.selectFrom('departments').select('name').where('id', '=', bankId).executeTakeFirstOrThrow()
    const ent = await db
      .selectFrom('enterprises')
      .select(['name', 'community_id'])
      .where('id', '=', loan.enterprise_id)
      .executeTakeFirstOrThrow()
    await audit(ctx, {
      actorId: user.id,
      action: `sharing.loan.${input.act}`,
      subject: { type: 'sharing_loan', id: loan.id },
      communityId: ent.community_id,
      before: { status: loan.status, bankId: loan.bank_id },
      after: { status: updated.status, bankId, detail },
    })
    const liaisons = await holdersOf(db, 'enterprise', loan.enterprise_id)
    const status = `${bank.name}${input.act === 'accept' ? '已受理' : input.act === 'request' ? '请补充材料' : input.act === 'approve' ? '已批准' : '未批准'}`
    for (const userId of liaisons) {
      await notify(ctx, {
        userId,
        kind: 'loan_status',
        data: { enterprise: ent.name, status, detail },
        page: '/subpackages/sharing/loan',
        event: `loan:${loan.id}:${input.act}:${now.getTime()}`,
      })
    }
    return (await presentLoans(db, [updated], user))[0]
  },
})
