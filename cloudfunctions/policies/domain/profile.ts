import { PROFILE_FIELD_KEYS, profileSchema, type Profile } from '../../../contract/policy-rules'
import type { TxCtx } from '../../../server/core/tx'

/** The accounts side's rule (user.updateProfile): a 青创客's role rests on their birth year. */
export const BIRTH_YEAR_LOCKED = '你已是青创客，出生年份不能修改；如有误请联系社区社工'

/** A person's profile as the form shows it: the facts they gave (birth year lives on users). */
export async function readProfile(ctx: TxCtx, userId: number, roles: readonly string[]) {
  const row = await ctx.db
    .selectFrom('users as u')
    .leftJoin('policy_profiles as p', 'p.user_id', 'u.id')
    .select(['u.birth_year', 'p.facts', 'p.updated_at'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow()
  // Stored facts are re-read through the schema: a value no longer valid is simply unknown.
  const stored = profileSchema.safeParse(row.facts ?? {})
  const profile: Profile = { ...(stored.success ? stored.data : {}) }
  if (profileSchema.shape.birthYear.safeParse(row.birth_year).success) profile.birthYear = row.birth_year!
  const filled = PROFILE_FIELD_KEYS.filter((k) => profile[k] !== undefined).length
  return {
    profile,
    filled,
    of: PROFILE_FIELD_KEYS.length,
    updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
    birthYearLocked: roles.includes('entrepreneur') && row.birth_year !== null,
  }
}
