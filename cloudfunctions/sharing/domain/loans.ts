import { sql, type Selectable, type Transaction } from 'kysely'
import { LOAN_STATUS } from '../../../contract/sharing'
import type { DB } from '../../../server/db/schema'
import { banksOf, enterprisesOf, type Caller } from '../../../server/people/roles'
import type { SharingLoansTable } from '../tables'

export type LoanRow = Selectable<SharingLoansTable>
type Can = 'upload' | 'accept' | 'request' | 'approve' | 'decline'

/** What the caller may do with an application (the page shows buttons from this). */
function canOn(l: LoanRow, user: Caller, offeredTo: Set<number>): Can[] {
  const can: Can[] = []
  if (enterprisesOf(user).includes(l.enterprise_id) && (l.status === 'materials' || l.status === 'accepted'))
    can.push('upload')
  const mine = banksOf(user)
  const myBank = l.bank_id !== null ? mine.includes(l.bank_id) : mine.some((b) => offeredTo.has(b))
  if (myBank) {
    if (l.status === 'submitted') can.push('accept', 'decline')
    if (l.status === 'accepted' || l.status === 'materials') can.push('request', 'approve', 'decline')
  }
  return can
}

/** Applications as the contract shows them (enterprise, bank, files, `can`). */
export async function presentLoans(db: Transaction<DB>, rows: LoanRow[], user: Caller) {
  if (!rows.length) return []
  const ids = rows.map((r) => r.id)
  const names = await db
    .selectFrom('sharing_loans as l')
    .innerJoin('enterprises as e', 'e.id', 'l.enterprise_id')
    .innerJoin('sharing_loan_programmes as p', 'p.id', 'l.programme_id')
    .leftJoin('departments as d', 'd.id', 'l.bank_id')
    .select(['l.id', 'e.name as enterprise', 'p.name as programme', 'd.name as bank'])
    .where('l.id', 'in', ids)
    .execute()
  const files = await db
    .selectFrom('sharing_loan_files')
    .select(['id', 'loan_id', 'name', 'size'])
    .where('loan_id', 'in', ids)
    .orderBy('id')
    .execute()
  const offers = await db
    .selectFrom('sharing_loan_banks')
    .select(['programme_id', 'department_id'])
    .where('programme_id', 'in', [...new Set(rows.map((r) => r.programme_id))])
    .execute()
  return rows.map((l) => {
    const n = names.find((x) => x.id === l.id)!
    const offered = new Set(offers.filter((o) => o.programme_id === l.programme_id).map((o) => o.department_id))
    return {
      id: l.id,
      programme: n.programme,
      enterprise: n.enterprise,
      creditCode: l.credit_code,
      amountYuan: Number(l.amount_yuan),
      purpose: l.purpose,
      chain: l.chain,
      bank: n.bank ?? null,
      status: l.status,
      statusLabel: LOAN_STATUS[l.status],
      materialsNote: l.materials_note,
      approvedYuan: l.approved_yuan === null ? null : Number(l.approved_yuan),
      reason: l.reason,
      files: files.filter((f) => f.loan_id === l.id).map((f) => ({ id: f.id, name: f.name, size: f.size })),
      createdAt: new Date(l.created_at).toISOString(),
      updatedAt: new Date(l.updated_at).toISOString(),
      can: canOn(l, user, offered),
    }
  })
}

/** Counts and amounts of applications (all of some programmes, or those a bank took). */
export async function loanStatistics(db: Transaction<DB>, o: { programmeIds?: number[]; bankIds?: number[] }) {
  let q = db.selectFrom('sharing_loans as l').leftJoin('departments as d', 'd.id', 'l.bank_id')
  if (o.programmeIds) q = q.where('l.programme_id', 'in', o.programmeIds.length ? o.programmeIds : [-1])
  if (o.bankIds) q = q.where('l.bank_id', 'in', o.bankIds.length ? o.bankIds : [-1])
  const rows = await q
    .select([
      'd.name as bank',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`count(*) filter (where l.status = 'approved')::int`.as('approved'),
      sql<number>`count(*) filter (where l.status = 'declined')::int`.as('declined'),
      sql<string>`coalesce(sum(l.amount_yuan), 0)`.as('applied'),
      sql<string>`coalesce(sum(l.approved_yuan) filter (where l.status = 'approved'), 0)`.as('approved_yuan'),
    ])
    .groupBy('d.name')
    .orderBy('d.name')
    .execute()
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0)
  const applications = sum((r) => r.n)
  return {
    applications,
    approvals: sum((r) => r.approved),
    declined: sum((r) => r.declined),
    pending: applications - sum((r) => r.approved) - sum((r) => r.declined),
    appliedYuan: sum((r) => Number(r.applied)),
    approvedYuan: sum((r) => Number(r.approved_yuan)),
    byBank: rows
      .filter((r) => r.bank !== null)
      .map((r) => ({ bank: r.bank!, accepted: r.n, approvals: r.approved, approvedYuan: Number(r.approved_yuan) })),
  }
}

/** The programme of a community (the first one). */
export const programmeOf = (db: Transaction<DB>, communityId: number) =>
  db
    .selectFrom('sharing_loan_programmes')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('id')
    .executeTakeFirst()
