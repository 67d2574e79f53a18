import { audit } from '../../../server/core/audit'
import type { TxCtx } from '../../../server/core/tx'
import { normalizeCreditCode } from '../../../server/people/credit-code'

/**
 * The enterprise a confirmed liaison acts for: the one on record with this credit code (the code
 * is what identifies an enterprise, whatever name was typed), or a new record in the community
 * whose social worker confirmed it, in the grid they picked. Concurrent approvals for one code
 * make one record.
 */
export async function linkEnterprise(
  ctx: TxCtx,
  e: { name: string; creditCode: string },
  communityId: number,
  gridId: number | null,
  actorId: number,
): Promise<{ id: number; created: boolean; communityId: number }> {
  const { db, now } = ctx
  const creditCode = normalizeCreditCode(e.creditCode)
  const created = await db
    .insertInto('enterprises')
    .values({
      name: e.name,
      credit_code: creditCode,
      community_id: communityId,
      grid_id: gridId,
      verified_at: now,
      created_at: now,
    })
    .onConflict((oc) => oc.column('credit_code').doNothing())
    .returning('id')
    .executeTakeFirst()
  if (created) {
    await audit(ctx, {
      actorId,
      action: 'enterprise.create',
      subject: { type: 'enterprise', id: created.id },
      communityId,
      after: { name: e.name, creditCode, communityId, gridId, source: 'liaison application' },
    })
    return { id: created.id, created: true, communityId }
  }
  const known = await db
    .selectFrom('enterprises')
    .select(['id', 'community_id'])
    .where('credit_code', '=', creditCode)
    .executeTakeFirstOrThrow()
  return { id: known.id, created: false, communityId: known.community_id }
}
