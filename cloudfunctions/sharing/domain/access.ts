import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import { banksOf, departmentsOf, enterprisesOf, isAdmin } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'

// Who may act in 全链共享 (docs/features/sharing.md):
// - a community's 社工 (or an admin) keeps its catalogue, 绿电享 rounds and 红链贷 programme;
// - an enterprise's liaisons join rounds, record kWh, apply for loans and tick patents for it;
// - a partner bank's staff (role `bank`, scoped to the bank's member unit) act only on
//   applications offered to their bank or taken by it;
// - an institute's contact is a `department` member of the institute's member unit: it keeps
//   that institute's patent list.

/** Guard: the caller is staff (社工, admin) of the community named. */
export const communityStaff = defineGuard('social worker of the community, or admin', async ({ db, user }, id) => {
  const c = await db.selectFrom('communities').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!c) return refuse('NOT_FOUND', '没有这个社区')
  if (!isCommunityStaff(user, c.id)) refuse('FORBIDDEN', '只有本社区的社工可以操作')
  return c
})

/** Guard: the caller is a liaison of the enterprise named (its record, for the handler). */
export const liaisonOf = defineGuard('liaison of the enterprise', async ({ db, user }, id) => {
  if (!enterprisesOf(user).includes(id)) refuse('FORBIDDEN', '只有该企业的联络员可以操作')
  const e = await db
    .selectFrom('enterprises')
    .select(['id', 'name', 'credit_code', 'community_id', 'industry'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!e) return refuse('NOT_FOUND', '企业不存在')
  return e
})

/** Guard: the caller is a member of the institute (member unit) named: its patent list. */
export const instituteMember = defineGuard('member of the institute (department)', async ({ db, user }, id) => {
  if (!isAdmin(user) && !departmentsOf(user).includes(id)) refuse('FORBIDDEN', '只有该院所的联系人可以操作')
  const d = await db.selectFrom('departments').select(['id', 'name', 'active']).where('id', '=', id).executeTakeFirst()
  if (!d) return refuse('NOT_FOUND', '没有这个单位')
  return d
})

/** Guard: the caller is a member of the institute that lists the patent (the patent, locked). */
export const patentInstitute = defineGuard('member of the patent’s institute', async ({ db, user }, id) => {
  const p = await db
    .selectFrom('sharing_patents as p')
    .innerJoin('departments as d', 'd.id', 'p.department_id')
    .select(['p.id', 'p.title', 'p.department_id', 'd.name as institute'])
    .where('p.id', '=', id)
    .forUpdate('p')
    .executeTakeFirst()
  if (!p) return refuse('NOT_FOUND', '专利不存在')
  if (!isAdmin(user) && !departmentsOf(user).includes(p.department_id))
    refuse('FORBIDDEN', '只有该专利所属院所的联系人可以操作')
  return p
})

/**
 * Guard: the caller is staff of a partner bank that may act on this application: the bank that
 * took it, or — while no bank has — a partner bank of its programme it was offered to. The
 * application is locked, so two banks accepting at once take it one after the other.
 */
export const loanBank = defineGuard('staff of the partner bank of the application', async ({ db, user }, id) => {
  const loan = await db.selectFrom('sharing_loans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!loan) return refuse('NOT_FOUND', '申请不存在')
  const mine = banksOf(user)
  if (loan.bank_id !== null) {
    if (!mine.includes(loan.bank_id)) refuse('FORBIDDEN', '这是其他银行的申请，你无权操作')
    return { loan, bankId: loan.bank_id }
  }
  const partners = await db
    .selectFrom('sharing_loan_banks')
    .select('department_id')
    .where('programme_id', '=', loan.programme_id)
    .where('department_id', 'in', mine.length ? mine : [-1])
    .execute()
  if (!partners.length) refuse('FORBIDDEN', '这是其他银行的申请，你无权操作')
  return { loan, bankId: partners[0].department_id }
})

/** Guard: the caller is a liaison of the enterprise that applied (the application, locked). */
export const loanApplicant = defineGuard('liaison of the applying enterprise', async ({ db, user }, id) => {
  const loan = await db.selectFrom('sharing_loans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!loan || !enterprisesOf(user).includes(loan.enterprise_id)) return refuse('NOT_FOUND', '申请不存在或你无权查看')
  return loan
})

/**
 * Guard: the caller may read a material of an application — a liaison of the applying enterprise,
 * or staff of the application's bank (the bank that took it; while none has, a partner bank of its
 * programme it was offered to). Another bank is told so; anyone else hears it is not found.
 */
export const loanFileReader = defineGuard('applying enterprise or the application’s bank', async ({ db, user }, id) => {
  const f = await db
    .selectFrom('sharing_loan_files as f')
    .innerJoin('sharing_loans as l', 'l.id', 'f.loan_id')
    .select(['f.id', 'f.file_id', 'f.name', 'f.mime', 'f.size', 'l.enterprise_id', 'l.bank_id', 'l.programme_id'])
    .where('f.id', '=', id)
    .executeTakeFirst()
  if (!f) return refuse('NOT_FOUND', '材料不存在或你无权查看')
  if (enterprisesOf(user).includes(f.enterprise_id)) return f
  const mine = banksOf(user)
  if (!mine.length) return refuse('NOT_FOUND', '材料不存在或你无权查看')
  const theirs =
    f.bank_id !== null
      ? mine.includes(f.bank_id)
      : Boolean(
          await db
            .selectFrom('sharing_loan_banks')
            .select('department_id')
            .where('programme_id', '=', f.programme_id)
            .where('department_id', 'in', mine)
            .executeTakeFirst(),
        )
  if (!theirs) refuse('FORBIDDEN', '这是其他银行的申请，你无权查看其材料')
  return f
})
