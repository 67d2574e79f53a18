import type { TxCtx } from '../../../server/core/tx'

/** The live liaisons of an enterprise (who hear about its postings and applicants). */
export async function liaisonsOf(ctx: TxCtx, enterpriseId: number) {
  const rows = await ctx.db
    .selectFrom('user_roles')
    .select('user_id')
    .distinct()
    .where('role', '=', 'enterprise')
    .where('enterprise_id', '=', enterpriseId)
    .where('revoked_at', 'is', null)
    .execute()
  return rows.map((r) => r.user_id)
}
