import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import type { Profile } from '../../contract/policy-rules'
import { factsOf } from './domain/eligibility'
import { rematchPerson } from './domain/matches'
import { BIRTH_YEAR_LOCKED, readProfile } from './domain/profile'

/**
 * Set or clear some of the caller's facts. Birth year is the person's (users.birth_year, also
 * asked by youth activities; a 青创客's, once set, is not changed here); the rest live with this feature. Their matches follow at once.
 */
export const saveProfile = handler('policies', 'saveProfile', {
  access: own("changes the caller's own profile of facts"),
  async run(ctx, { facts }) {
    const { db, user } = ctx
    const { profile: current, birthYearLocked } = await readProfile(ctx, user.id, user.roles)
    if (birthYearLocked && 'birthYear' in facts && facts.birthYear !== current.birthYear)
      refuse('CONFLICT', BIRTH_YEAR_LOCKED)
    const next: Profile = { ...current }
    for (const [k, v] of Object.entries(facts) as [keyof Profile, Profile[keyof Profile] | null][]) {
      if (v === null) delete next[k]
      else (next as Record<string, unknown>)[k] = v
    }
    if ('birthYear' in facts) {
      await db
        .updateTable('users')
        .set({ birth_year: next.birthYear ?? null })
        .where('id', '=', user.id)
        .execute()
    }

    const { birthYear, ...stored } = next
    await db
      .insertInto('policy_profiles')
      .values({ user_id: user.id, facts: JSON.stringify(stored), updated_at: ctx.now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ facts: JSON.stringify(stored), updated_at: ctx.now }))
      .execute()
    const totals = await rematchPerson(ctx, user.id, factsOf(stored, next.birthYear ?? null, ctx.now))
    return { ...(await readProfile(ctx, user.id, user.roles)), totals }
  },
})
