import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { communityStaff } from './domain/access'
import { programmeOf } from './domain/loans'

/** A 社工 sets up (or changes) the community's 红链贷 programme: its cap and partner banks. Audited. */
export const saveProgramme = handler('sharing', 'saveProgramme', {
  access: communityStaff('communityId'),
  async run(ctx, { name, intro, capYuan, bankIds }) {
    const { db, now, user, target } = ctx
    const banks = await db
      .selectFrom('departments')
      .select(['id', 'kind', 'active'])
      .where('id', 'in', bankIds)
      .execute()
    if (banks.length !== new Set(bankIds).size) refuse('NOT_FOUND', '所选合作银行不存在')
    if (banks.some((b) => b.kind !== 'member_unit' || !b.active))
      refuse('BAD_REQUEST', '合作银行应为在册的成员单位（可在“部门与成员单位”中添加）')
    const existing = await programmeOf(db, target.id)
    let id: number
    if (existing) {
      id = existing.id
      await db
        .updateTable('sharing_loan_programmes')
        .set({ name, intro, cap_yuan: capYuan })
        .where('id', '=', id)
        .execute()
      await db.deleteFrom('sharing_loan_banks').where('programme_id', '=', id).execute()
    } else {
      id = (
        await db
          .insertInto('sharing_loan_programmes')
          .values({ community_id: target.id, name, intro, cap_yuan: capYuan, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    }
    await db
      .insertInto('sharing_loan_banks')
      .values([...new Set(bankIds)].map((b) => ({ programme_id: id, department_id: b })))
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'sharing.loan.programme',
      subject: { type: 'sharing_loan_programme', id },
      communityId: target.id,
      before: existing ? { name: existing.name, capYuan: Number(existing.cap_yuan) } : undefined,
      after: { name, capYuan, bankIds },
    })
    return { id }
  },
})
