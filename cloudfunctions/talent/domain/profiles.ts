import { sql, type Transaction } from 'kysely'
import type { TalentProfile } from '../../../contract/talent'
import { PLACES, type Availability, type IndustryChain, type Place } from '../../../contract/talent-vocabulary'
import type { TxCtx } from '../../../server/core/tx'
import type { DB } from '../../../server/db/schema'
import { bigrams } from '../../../server/text/bigrams'
import { cleanSkills } from './challenges'
import { profileConcepts } from './concepts'
import { refreshTeamSkills } from './teams'
import { placeLabel, ratingOf } from './words'

type Trx = Transaction<DB>

export async function profileOf(db: Trx, userId: number) {
  return db
    .selectFrom('talent_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select('u.display_name as name')
    .where('p.user_id', '=', userId)
    .executeTakeFirst()
}
export type ProfileRow = NonNullable<Awaited<ReturnType<typeof profileOf>>>

export const headline = (p: { institution: string; title: string; field: string }) =>
  [[p.institution, p.title].filter(Boolean).join(' '), p.field].filter(Boolean).join(' · ')

export function presentProfile(p: ProfileRow): TalentProfile {
  return {
    userId: p.user_id,
    name: p.name,
    field: p.field,
    institution: p.institution,
    title: p.title,
    skills: p.skills,
    chains: p.chains as IndustryChain[],
    achievements: p.achievements,
    availability: p.availability,
    dualAppointment: p.dual_appointment,
    languages: p.languages,
    overseas: p.overseas,
    place: p.place as Place,
    rating: ratingOf(p.rating_sum, p.rating_count),
    ratings: p.rating_count,
  }
}

export interface ProfileInput {
  field: string
  institution: string
  title: string
  skills: string[]
  chains: IndustryChain[]
  achievements: string
  availability: Availability
  dualAppointment: boolean
  languages: string[]
  overseas: boolean
  place: Place
}

/** Create or update the caller's supply profile; their teams' combined skills follow. */
export async function saveProfile(ctx: TxCtx, user: { id: number; display_name: string }, p: ProfileInput) {
  const skills = cleanSkills(p.skills)
  const at = PLACES[p.place]
  const values = {
    field: p.field,
    institution: p.institution,
    title: p.title,
    skills,
    chains: [...new Set(p.chains)],
    achievements: p.achievements,
    availability: p.availability,
    dual_appointment: p.dualAppointment,
    languages: [...new Set(p.languages)],
    overseas: p.overseas || p.place === 'overseas',
    place: p.place,
    lng: at.lng,
    lat: at.lat,
    bigrams: bigrams([user.display_name, p.field, p.institution, p.title, placeLabel(p.place), ...skills].join(' ')),
    concepts: profileConcepts({ ...p, skills }),
    updated_at: ctx.now,
  }
  await ctx.db
    .insertInto('talent_profiles')
    .values({ user_id: user.id, ...values, created_at: ctx.now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute()
  const teams = await ctx.db
    .selectFrom('talent_team_members')
    .select('team_id')
    .where('user_id', '=', user.id)
    .where('status', '=', 'accepted')
    .execute()
  for (const t of teams) await refreshTeamSkills(ctx.db, t.team_id)
}

/** Add a rating to a person's profile totals (people without a profile keep theirs in the ratings table). */
export async function addRating(db: Trx, userIds: number[], score: number) {
  if (!userIds.length) return
  await db
    .updateTable('talent_profiles')
    .set({ rating_sum: sql`rating_sum + ${score}`, rating_count: sql`rating_count + 1` })
    .where('user_id', 'in', userIds)
    .execute()
}
