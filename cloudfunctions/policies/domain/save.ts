import type { PolicyEdit } from '../../../contract/policies'
import { refuse } from '../../../server/core/app-error'
import { audit } from '../../../server/core/audit'
import type { TxCtx } from '../../../server/core/tx'
import { eligibilityRow } from './eligibility'
import { searchColumns } from './search'
import { diff, snapshotOf, type Snapshot } from './versions'

export interface SaveResult {
  id: number
  version: number
  changed: boolean
  created: boolean
}

/**
 * Create a policy (version 1) or change one: a change that alters any field is a new version
 * with its snapshot and what changed in words; saving the same content again changes nothing.
 * New versions are matched against people's profiles by the feature's timer (sweep.ts).
 */
export async function savePolicy(
  ctx: TxCtx,
  by: number | null,
  edit: PolicyEdit,
  existing: { id: number; version: number } | undefined,
  /** Search columns worked out before the transaction (an import), else here. */
  search?: Awaited<ReturnType<typeof searchColumns>>,
): Promise<SaveResult> {
  const { db } = ctx
  const departments = new Map(
    (await db.selectFrom('departments').select(['id', 'name']).execute()).map((d) => [d.id, d.name]),
  )
  if (edit.departmentId !== null && !departments.has(edit.departmentId)) refuse('BAD_REQUEST', '发布部门不存在')
  const clash = await db
    .selectFrom('policies')
    .select('id')
    .where('code', '=', edit.code)
    .$if(!!existing, (q) => q.where('id', '!=', existing!.id))
    .executeTakeFirst()
  if (clash) refuse('CONFLICT', `政策编码 ${edit.code} 已被另一条政策使用`)

  const snapshot = snapshotOf(edit)
  const values = {
    code: edit.code,
    title: edit.title,
    category: edit.category,
    topic: edit.topic,
    region: edit.region,
    issuer: edit.issuer,
    department_id: edit.departmentId,
    summary: edit.summary,
    benefit_kind: edit.benefitKind,
    benefit_min: edit.benefitMin,
    benefit_max: edit.benefitMax,
    benefit_text: edit.benefitText,
    conditions: JSON.stringify(edit.conditions),
    conditions_note: edit.conditionsNote,
    materials: edit.materials,
    office: edit.office,
    phone: edit.phone,
    online_url: edit.onlineUrl,
    how_to_apply: edit.howToApply,
    opens_on: edit.opensOn,
    closes_on: edit.closesOn,
    source_title: edit.sourceTitle,
    source_date: edit.sourceDate,
    ...(search ?? (await searchColumns(edit))),
    updated_by: by,
    updated_at: ctx.now,
  }

  if (!existing) {
    const row = await db
      .insertInto('policies')
      .values({ ...values, created_by: by, created_at: ctx.now, version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
    await writeRule(ctx, row.id, edit)
    await db
      .insertInto('policy_versions')
      .values({
        policy_id: row.id,
        version: 1,
        snapshot: JSON.stringify(snapshot),
        changes: '[]',
        note: edit.changeNote || '首次发布',
        edited_by: by,
        edited_at: ctx.now,
      })
      .execute()
    await audit(ctx, {
      actorId: by,
      action: 'policy.create',
      subject: { type: 'policy', id: row.id },
      after: { code: edit.code },
    })
    return { id: row.id, version: 1, changed: true, created: true }
  }

  const last = await db
    .selectFrom('policy_versions')
    .select('snapshot')
    .where('policy_id', '=', existing.id)
    .where('version', '=', existing.version)
    .executeTakeFirstOrThrow()
  const changes = diff(last.snapshot as Snapshot, snapshot, departments)
  if (!changes.length) return { id: existing.id, version: existing.version, changed: false, created: false }
  const version = existing.version + 1
  await db
    .updateTable('policies')
    .set({ ...values, version })
    .where('id', '=', existing.id)
    .execute()
  await writeRule(ctx, existing.id, edit)
  await db
    .insertInto('policy_versions')
    .values({
      policy_id: existing.id,
      version,
      snapshot: JSON.stringify(snapshot),
      changes: JSON.stringify(changes),
      note: edit.changeNote,
      edited_by: by,
      edited_at: ctx.now,
    })
    .execute()
  await audit(ctx, {
    actorId: by,
    action: 'policy.update',
    subject: { type: 'policy', id: existing.id },
    after: { version, fields: changes.map((c) => c.field) },
  })
  return { id: existing.id, version, changed: true, created: false }
}

/** The policy's compiled rule, for "one person against every policy" (policy_rules). */
async function writeRule(ctx: TxCtx, id: number, edit: PolicyEdit) {
  const values = { closes_on: edit.closesOn, row: eligibilityRow(id, edit) }
  await ctx.db
    .insertInto('policy_rules')
    .values({ policy_id: id, ...values })
    .onConflict((oc) => oc.column('policy_id').doUpdateSet(values))
    .execute()
}
