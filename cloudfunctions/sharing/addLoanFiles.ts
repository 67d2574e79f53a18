import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { ownUpload } from '../demands/public'
import { loanApplicant } from './domain/access'
import { presentLoans } from './domain/loans'
import { holdersOf } from '../../server/people/grants'

/**
 * The enterprise sends the materials a bank asked for, through the existing upload path (weapp
 * cloud storage in the caller's own folder, or the gateway's /upload owned by the caller); type
 * and size checked as demands' attachments. The bank's staff are told.
 */
export const addLoanFiles = handler('sharing', 'addLoanFiles', {
  access: loanApplicant('loanId'),
  async run(ctx, { files }) {
    const { db, now, user, target: loan } = ctx
    if (loan.status !== 'accepted' && loan.status !== 'materials') refuse('CONFLICT', '银行受理后、审批前才能补充材料')
    for (const f of files) {
      const { name, size, mime } = await ownUpload(ctx, f, user.id)
      const r = await db
        .insertInto('sharing_loan_files')
        .values({ loan_id: loan.id, file_id: f.fileId, name, mime, size, uploaded_by: user.id, created_at: now })
        .onConflict((oc) => oc.column('file_id').doNothing())
        .returning('id')
        .executeTakeFirst()
      if (!r) refuse('CONFLICT', `文件「${name}」已经用过了，请重新上传`)
    }
    const updated = await db
      .updateTable('sharing_loans')
      .set({ status: 'accepted', updated_at: now })
      .where('id', '=', loan.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    if (loan.bank_id !== null) {
      const staff = await holdersOf(db, 'bank', loan.bank_id)
      const ent = await db
        .selectFrom('enterprises')
        .select('name')
        .where('id', '=', loan.enterprise_id)
        .executeTakeFirstOrThrow()
      for (const userId of staff) {
        await notify(ctx, {
          userId,
          kind: 'loan_status',
          data: { enterprise: ent.name, status: '已补充材料', detail: `${files.length} 个文件` },
          page: '/subpackages/sharing/bank',
          event: `loan:${loan.id}:files:${now.getTime()}`,
        })
      }
    }
    return (await presentLoans(db, [updated], user))[0]
  },
})
