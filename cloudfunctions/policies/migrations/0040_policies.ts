import { sql, type Kysely } from 'kysely'

// Policies with their versions, search columns (Chinese bigrams and pinyin, computed on write),
// favourites, the 青创客 profile of facts, who each policy currently matches, and 青创导师
// (office hours are slots of kind 'mentor' on the reservation core; notes and ratings here).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('policies')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category in ('employment','startup','housing','talent')`),
    )
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('benefit_kind', 'text', (c) => c.notNull().check(sql`benefit_kind in ('cash','loan','service')`))
    .addColumn('benefit_min', 'integer', (c) => c.check(sql`benefit_min >= 0`))
    .addColumn('benefit_max', 'integer')
    .addColumn('benefit_text', 'text', (c) => c.notNull())
    .addColumn('conditions', 'jsonb', (c) => c.notNull().defaultTo(sql`'{"all":[]}'::jsonb`))
    .addColumn('conditions_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('materials', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('office', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('online_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('how_to_apply', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opens_on', 'date')
    .addColumn('closes_on', 'date')
    .addColumn('source_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_date', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // The version whose matches have been worked out (and the people it matches told).
    .addColumn('matched_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('withdrawn_at', 'timestamptz')
    // Search (written with the row): Chinese bigrams plus 'p:'/'i:' letter pairs of the title's
    // pinyin and initials, in one GIN index; the texts themselves recheck a candidate exactly.
    .addColumn('bigrams', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pinyin', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('initials', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('policies_window_check', sql`closes_on is null or opens_on is null or closes_on >= opens_on`)
    .addCheckConstraint('policies_benefit_check', sql`benefit_max is null or benefit_max >= coalesce(benefit_min, 0)`)
    .execute()
  await sql`create index policies_bigrams_idx on policies using gin (bigrams) with (fastupdate = off)`.execute(db)
  // Deadline order with open-ended windows last (the list's default order, read in index order).
  await sql`create index policies_deadline_idx on policies ((coalesce(closes_on, 'infinity'::date)), id)
    where withdrawn_at is null`.execute(db)
  await sql`create index policies_unmatched_idx on policies (id) where matched_version < version`.execute(db)

  // Each policy's compiled rule in a narrow table, written with the policy: "one person against
  // every policy" reads them all as one string_agg, and a narrow scan is several times cheaper
  // than one over the policies themselves (domain/eligibility.ts).
  await db.schema
    .createTable('policy_rules')
    .addColumn('policy_id', 'integer', (c) => c.primaryKey().references('policies.id'))
    .addColumn('closes_on', 'date')
    .addColumn('withdrawn', 'boolean', (c) => c.notNull().defaultTo(false))
    // [id, benefit kind, min, max, compiled rule] as JSON text.
    .addColumn('row', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('policy_versions')
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    // [{ field, label, before, after }] in words, against the version before.
    .addColumn('changes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('edited_by', 'integer', (c) => c.references('users.id'))
    .addColumn('edited_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_versions_pk', ['policy_id', 'version'])
    .execute()

  await db.schema
    .createTable('policy_favourites')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('policy_favourites_pk', ['user_id', 'policy_id'])
    .execute()
  await sql`create index policy_favourites_policy_idx on policy_favourites (policy_id)`.execute(db)

  await db.schema
    .createTable('policy_profiles')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('facts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // Who a policy matches (符合) now, and at which version they were told.
  await db.schema
    .createTable('policy_matches')
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('matched_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_matches_pk', ['policy_id', 'user_id'])
    .execute()
  await sql`create index policy_matches_user_idx on policy_matches (user_id)`.execute(db)

  await db.schema
    .createTable('mentors')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('background', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('community_id', 'integer', (c) => c.references('communities.id'))
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('topics', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    // [{ weekday 1–7, start 'HH:mm', minutes, place }]: slots are made on the core when booked.
    .addColumn('weekly_hours', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // After a session: the mentor's short note and the entrepreneur's rating.
  await db.schema
    .createTable('mentor_feedback')
    .addColumn('reservation_id', 'bigint', (c) => c.primaryKey().references('reservations.id'))
    .addColumn('note', 'text')
    .addColumn('noted_at', 'timestamptz')
    .addColumn('rating', 'integer', (c) => c.check(sql`rating between 1 and 5`))
    .addColumn('comment', 'text')
    .addColumn('rated_at', 'timestamptz')
    .execute()
}
