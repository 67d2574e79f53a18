import { sql, type Kysely } from 'kysely'

// 微心愿 that someone fulfils: a volunteer, a 爱心商家 (an enterprise acting as a caring merchant),
// an enterprise or a department claims a wish, saying how and by when; the wisher accepts or
// declines; the claimer marks it fulfilled with a photo; the wisher confirms and thanks.
// At most one live claim per wish: a partial unique index, so two claims at once leave one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wish_claims')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('wish_id', 'integer', (c) => c.notNull().references('wishes.id'))
    .addColumn('claimer_id', 'integer', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('volunteer', 'merchant', 'enterprise', 'department')`),
    )
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    /** What the wall shows as the giver: an organisation's name, or a person's masked name. */
    .addColumn('claimer_label', 'text', (c) => c.notNull())
    .addColumn('how', 'text', (c) => c.notNull())
    .addColumn('by_date', 'text', (c) => c.notNull().check(sql`by_date ~ '^\\d{4}-\\d{2}-\\d{2}$'`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('offered')
        .check(sql`status in ('offered', 'accepted', 'declined', 'fulfilled', 'confirmed')`),
    )
    .addColumn('fulfil_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('thanks', 'text')
    .addColumn('offered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('fulfilled_at', 'timestamptz')
    .addColumn('confirmed_at', 'timestamptz')
    .execute()
  await sql`create unique index wish_claims_one_live on wish_claims (wish_id)
    where status in ('offered', 'accepted', 'fulfilled')`.execute(db)
  await sql`create index wish_claims_claimer on wish_claims (claimer_id)`.execute(db)
  await sql`alter table wishes add column fulfilled_at timestamptz`.execute(db)
  await sql`create index wishes_fulfilled on wishes (community_id, fulfilled_at desc) where fulfilled_at is not null`.execute(
    db,
  )
  // The photo that shows a wish fulfilled belongs to its claim, not among the wisher's photos.
  await sql`alter table demand_attachments add column claim_id integer references wish_claims (id)`.execute(db)
}
