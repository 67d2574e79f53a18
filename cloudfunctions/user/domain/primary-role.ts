import type { TxCtx } from '../../../server/core/tx'

/**
 * `users.role` is the role shown first (我的, the home greeting). Keep it one the person holds:
 * when it is not, take the earliest live grant. Someone holding nothing keeps what they had.
 */
export async function settlePrimaryRole({ db }: TxCtx, userId: number): Promise<void> {
  const first = await db
    .selectFrom('user_roles as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['g.role', 'u.role as current'])
    .where('g.user_id', '=', userId)
    .where('g.revoked_at', 'is', null)
    .orderBy('g.id')
    .execute()
  if (first.length === 0 || first.some((g) => g.role === g.current)) return
  await db.updateTable('users').set({ role: first[0].role }).where('id', '=', userId).execute()
}
