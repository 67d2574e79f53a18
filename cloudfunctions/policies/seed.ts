import { policyEditSchema } from '../../contract/policies'
import type { Profile } from '../../contract/policy-rules'
import type { SeedCtx } from '../../server/core/feature'
import { grantRole } from '../../server/people/grants'
import { addDays, shanghaiDate } from '../../server/time/shanghai'
import { demoUserId } from '../user/seed'
import { factsOf } from './domain/eligibility'
import { rematchPerson } from './domain/matches'
import { savePolicy } from './domain/save'
import { SEED_MENTORS } from './seed-mentors'
import { POLICY_DEPARTMENTS, SEED_POLICIES } from './seed-policies'

/**
 * The demo 青创客 陈晨 (born 1998, from the user seed): a 海曙 returnee running a small farm
 * business. Education, 工作地 and a few others are left for them to fill in (the page asks).
 */
const DEMO_PROFILE: Profile = {
  hukou: 'haishu',
  graduationYear: 2020,
  talentLevel: 'none',
  overseas: false,
  ownsHome: false,
  companyPlace: 'haishu',
  companyFoundedYear: 2024,
  industry: 'agriculture',
  headcount: 3,
  revenueBand: 'under_1m',
}

/** Policies (with one revised to show what changed), ≥ 10 mentors and the demo profile; idempotent. */
export async function seedPolicies(ctx: SeedCtx) {
  const { db } = ctx
  for (const [code, name, district] of POLICY_DEPARTMENTS) {
    await db
      .insertInto('departments')
      .values({ code, name, kind: 'bureau', district })
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  const departments = new Map(
    (await db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]),
  )
  const today = shanghaiDate(ctx.now)
  const day = (n: number | null) => (n === null ? null : addDays(today, n))
  let policies = 0
  for (const s of SEED_POLICIES) {
    const exists = await db.selectFrom('policies').select('id').where('code', '=', s.edit.code).executeTakeFirst()
    if (exists) continue
    const edit = policyEditSchema.parse({
      ...s.edit,
      departmentId: s.department ? (departments.get(s.department) ?? null) : null,
      opensOn: day(s.window[0]),
      closesOn: day(s.window[1]),
    })
    let saved = await savePolicy(ctx, null, edit, undefined)
    if (s.revise) {
      const window = s.revise.window ?? s.window
      saved = await savePolicy(
        ctx,
        null,
        {
          ...edit,
          changeNote: s.revise.changeNote,
          opensOn: day(window[0]),
          closesOn: day(window[1]),
          materials: s.revise.materials ?? edit.materials,
        },
        { id: saved.id, version: saved.version },
      )
    }
    // Seeded policies are not news: nobody is told about them by the timer.
    await db.updateTable('policies').set({ matched_version: saved.version }).where('id', '=', saved.id).execute()
    policies++
  }

  let mentors = 0
  for (const m of SEED_MENTORS) {
    const userId = m.name === null ? await demoUserId(db, 'mentor') : await exampleMentorUser(ctx, m.name, m.phone)
    if (!userId) continue
    const community = m.community
      ? await db.selectFrom('communities').select('id').where('code', '=', m.community).executeTakeFirst()
      : undefined
    const inserted = await db
      .insertInto('mentors')
      .values({
        user_id: userId,
        field: m.field,
        background: m.background,
        intro: m.intro,
        community_id: community?.id ?? null,
        languages: m.languages,
        topics: m.topics,
        weekly_hours: JSON.stringify(m.hours),
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst()
    if (inserted) mentors++
  }

  const demo = await demoUserId(db, 'entrepreneur')
  if (demo) {
    const had = await db.selectFrom('policy_profiles').select('user_id').where('user_id', '=', demo).executeTakeFirst()
    if (!had) {
      await db
        .insertInto('policy_profiles')
        .values({ user_id: demo, facts: JSON.stringify(DEMO_PROFILE), updated_at: ctx.now })
        .execute()
      const { birth_year } = await db
        .selectFrom('users')
        .select('birth_year')
        .where('id', '=', demo)
        .executeTakeFirstOrThrow()
      await rematchPerson(ctx, demo, factsOf(DEMO_PROFILE, birth_year, ctx.now))
    }
  }
  return { policies, mentors }
}

/** An example mentor's account (no sign-in of its own), holding the mentor role. */
async function exampleMentorUser(ctx: SeedCtx, name: string, phone: string): Promise<number> {
  const found = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('phone', '=', phone)
    .where('role', '=', 'mentor')
    .executeTakeFirst()
  if (found) return found.id
  const { id } = await ctx.db
    .insertInto('users')
    .values({ role: 'mentor', display_name: name, phone, onboarded_at: ctx.now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await grantRole(ctx, { userId: id, role: 'mentor' }, null)
  return id
}
