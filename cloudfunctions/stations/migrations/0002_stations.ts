import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('operator', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    // GCJ-02. `pos` is (lng·cos(lat), lat): on it, Euclidean distance ≈ degrees of latitude,
    // so the GiST index's KNN order (pos <-> point) is nearest-first.
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('pos', sql`point`, (c) => c.notNull())
    .addColumn('open_24h', 'boolean', (c) => c.notNull().defaultTo(false))
    // Opening hours: the spans as entered ([weekday, opensMin, closesMin], closes ≤ opens runs past
    // midnight) and, derived from them on every write, the minutes of the week the station is
    // open (0 = Sunday 00:00), so "open now" is one row predicate: open_week @> minute-of-week.
    .addColumn('hours', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('open_week', sql`int4multirange`, (c) => c.notNull().defaultTo(sql`'{}'::int4multirange`))
    .addColumn('facilities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('after_hours_entry', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rider_offers', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('photos', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    // Character bigrams of name + address: ICU splits 骑手 into 骑|手, bigrams keep it whole.
    .addColumn('bigrams', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('rating_sum', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rating_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('charging', 'text')
    .addColumn('closed_until', 'timestamptz')
    .addColumn('closed_reason', 'text')
    .addColumn('status_note', 'text')
    .addColumn('status_updated_at', 'timestamptz')
    .addColumn('retired_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index stations_pos_gist on stations using gist (pos) where retired_at is null`.execute(db)
  await sql`create index stations_bigrams_gin on stations using gin (bigrams)`.execute(db)
  await db.schema.createIndex('stations_community_idx').on('stations').column('community_id').execute()

  // People who run a station (a caring merchant's owner, a sub-station keeper).
  await db.schema
    .createTable('station_managers')
    .addColumn('station_id', 'integer', (c) => c.notNull().references('stations.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('station_managers_pk', ['station_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('station_ratings')
    .addColumn('station_id', 'integer', (c) => c.notNull().references('stations.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('stars', 'smallint', (c) => c.notNull().check(sql`stars between 1 and 5`))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('station_ratings_pk', ['station_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('station_reports')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('station_id', 'integer', (c) => c.notNull().references('stations.id').onDelete('cascade'))
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolved_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('station_reports_queue_idx')
    .on('station_reports')
    .columns(['community_id', 'status', 'created_at'])
    .execute()
}
