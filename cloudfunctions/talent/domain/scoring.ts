import { sql, type RawBuilder } from 'kysely'

type Expr = RawBuilder<unknown>

/**
 * How a candidate scores, as SQL expressions over its row: the database scores every candidate
 * the GIN indexes find, sorts and returns the top N; nothing is copied into memory. The
 * expressions are plain arithmetic and array containment per row (no subquery per candidate),
 * which keeps 10,000 profiles within a few milliseconds even on the embedded database.
 * Weights (the positive ones sum to 1):
 */
export const WEIGHTS = {
  /** Share of the challenge's required skills the candidate has (teams, challenges for an expert). */
  skills: 0.55,
  /**
   * How well everything the expert wrote matches what the challenge asks (server/matching: concepts
   * of skills, title, summary, institution; 0..1). Replaces `skills` when ranking experts.
   */
  relevance: 0.6,
  sameChain: 0.15,
  /** Experts: on the challenge's chain (a weak prior; relevance decides). */
  chainPrior: 0.08,
  /** Experts: on a neighbouring chain (CHAIN_NEIGHBOURS in server/matching/dictionary.ts). */
  neighbourChain: 0.04,
  /** 1 nearby, falling with distance (half at 100 km); overseas counts as remote (0.3). */
  distance: 0.1,
  /** full time 1, part time 0.8, spare time 0.5. */
  availability: 0.1,
  /** Bayesian mean of past ratings (two phantom 3.5s), 1..5 mapped to 0..1. */
  rating: 0.1,
  /** A record of poor delivery: at least two ratings averaging below 3. */
  poorRecord: 0.25,
  /** "Not interested" feedback: skills, chain or distance like what was turned down. */
  learned: 0.15,
} as const

/** A constant as a float8 literal: typed by us, not guessed from a parameter, and not slow numeric. */
export const f8 = (v: number) => sql.raw(`${Number(v)}::float8`)

/** The weights as float8 literals. */
export const w = Object.fromEntries(Object.entries(WEIGHTS).map(([k, v]) => [k, f8(v)])) as Record<
  keyof typeof WEIGHTS,
  Expr
>

/**
 * Distance in km between a row's coordinates and a point (null when the row has none): the
 * equirectangular approximation, within 1% of the great circle across eastern China and a few
 * arithmetic steps per row instead of six trigonometric ones.
 */
export const km = (lat: Expr, lng: Expr, lat0: number, lng0: number) =>
  sql<number | null>`(111.195 * sqrt(power(${lat} - ${f8(lat0)}, 2)
    + power((${lng} - ${f8(lng0)}) * ${f8(Math.cos((lat0 * Math.PI) / 180))}, 2)))`

/** 1 next door, 0.5 at 100 km; no distance (overseas, working remotely) counts 0.3. */
export const distanceScore = (d: Expr) => sql`coalesce(1.0::float8 / (1 + ${d} / 100.0::float8), 0.3::float8)`
export const availabilityScore = (a: Expr) =>
  sql`(case ${a} when 'full_time' then 1.0::float8 when 'part_time' then 0.8::float8
       when 'spare' then 0.5::float8 else 0.0::float8 end)`
export const ratingScore = (sum: Expr, count: Expr) => sql`((((${sum})::float8 + 7) / ((${count}) + 2) - 1) / 4)`
export const poorRecord = (sum: Expr, count: Expr) => sql`((${count}) >= 2 and (${sum}) < 3 * (${count}))::int`

/** How many of `wanted` the array column holds: one containment test each. */
export const countHeld = (col: Expr, wanted: string[]) =>
  wanted.length
    ? sql<number>`(${sql.join(
        wanted.map((s) => sql`(${col} @> array[${s}]::text[])::int`),
        sql` + `,
      )})`
    : sql<number>`0`

/** Which of `wanted` the array column holds, in `wanted`'s order. */
export const heldList = (col: Expr, wanted: string[]) =>
  wanted.length
    ? sql<string[]>`array_remove(array[${sql.join(
        wanted.map((s) => sql`case when ${col} @> array[${s}]::text[] then ${s}::text end`),
      )}]::text[], null)`
    : sql<string[]>`'{}'::text[]`

export const textArray = (xs: string[]) => sql`${xs}::text[]`
export const intArray = (xs: number[]) => sql`${xs}::int[]`
