import type { Selectable } from 'kysely'
import type { EnterpriseView } from '../../../contract/admin'
import { refuse } from '../../../server/core/app-error'
import { audit } from '../../../server/core/audit'
import type { TxCtx } from '../../../server/core/tx'
import type { EnterprisesTable } from '../../../server/db/schema'
import { creditCodeProblem, normalizeCreditCode } from '../../../server/people/credit-code'
import { maskPhone } from '../../../server/people/mask'

type EnterpriseRow = Selectable<EnterprisesTable>

export interface EnterpriseFields {
  name: string
  creditCode: string
  communityId: number
  gridId: number | null
  address: string
  industry: string
  headcount: number | null
  contactName: string
  contactPhone: string
}

/**
 * Create or update one enterprise, checked: a valid 统一社会信用代码 (GB 32100 check character),
 * a grid of its own community, a code no other enterprise holds. `existing` is the record being
 * edited (the form), or null to create — or, from a spreadsheet, the one holding the same code.
 * Staff-entered enterprises count as verified. Audited with before/after.
 */
export async function saveEnterpriseRecord(
  ctx: TxCtx & { user: { id: number } },
  f: EnterpriseFields,
  existing: EnterpriseRow | undefined,
): Promise<{ id: number; created: boolean }> {
  const { db, now } = ctx
  const problem = creditCodeProblem(f.creditCode)
  if (problem) refuse('BAD_REQUEST', problem)
  const creditCode = normalizeCreditCode(f.creditCode)
  if (f.gridId !== null) {
    const grid = await db.selectFrom('grids').select('community_id').where('id', '=', f.gridId).executeTakeFirst()
    if (!grid || grid.community_id !== f.communityId) refuse('BAD_REQUEST', '所选网格不属于该社区')
  }
  const holder = await db
    .selectFrom('enterprises')
    .select(['id', 'name'])
    .where('credit_code', '=', creditCode)
    .executeTakeFirst()
  if (holder && holder.id !== existing?.id) refuse('CONFLICT', `该统一社会信用代码已登记为：${holder.name}`)
  const values = {
    name: f.name,
    credit_code: creditCode,
    community_id: f.communityId,
    grid_id: f.gridId,
    address: f.address,
    industry: f.industry,
    headcount: f.headcount,
    contact_name: f.contactName,
    contact_phone: f.contactPhone,
  }
  const view = (v: Partial<typeof values>) => ({ ...v, contact_phone: maskPhone(v.contact_phone) })
  if (!existing) {
    const row = await db
      .insertInto('enterprises')
      .values({ ...values, verified_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'enterprise.create',
      subject: { type: 'enterprise', id: row.id },
      communityId: f.communityId,
      after: view(values),
    })
    return { id: row.id, created: true }
  }
  await db.updateTable('enterprises').set(values).where('id', '=', existing.id).execute()
  const keys = (Object.keys(values) as (keyof typeof values)[]).filter((k) => existing[k] !== values[k])
  if (keys.length) {
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'enterprise.update',
      subject: { type: 'enterprise', id: existing.id },
      communityId: f.communityId,
      before: view(Object.fromEntries(keys.map((k) => [k, existing[k]]))),
      after: view(Object.fromEntries(keys.map((k) => [k, values[k]]))),
    })
  }
  return { id: existing.id, created: false }
}

/** An enterprise as staff lists show it; the contact's phone masked unless the viewer keeps the record. */
export function presentEnterprise(
  e: EnterpriseRow & { community: string; grid: string | null },
  showPhone: boolean,
): EnterpriseView {
  return {
    id: e.id,
    name: e.name,
    creditCode: e.credit_code,
    communityId: e.community_id,
    community: e.community,
    gridId: e.grid_id,
    grid: e.grid,
    address: e.address,
    industry: e.industry,
    headcount: e.headcount,
    contactName: e.contact_name,
    contactPhone: showPhone ? e.contact_phone : (maskPhone(e.contact_phone) ?? ''),
    verified: e.verified_at !== null,
  }
}

/** Spreadsheet columns of enterprises, in order, with the headers people see in Excel. */
export const ENTERPRISE_COLUMNS = [
  ['name', '企业名称'],
  ['creditCode', '统一社会信用代码'],
  ['community', '社区编码'],
  ['grid', '网格'],
  ['address', '地址'],
  ['industry', '行业'],
  ['headcount', '员工人数'],
  ['contactName', '联系人'],
  ['contactPhone', '联系电话'],
] as const
export type EnterpriseColumn = (typeof ENTERPRISE_COLUMNS)[number][0]
