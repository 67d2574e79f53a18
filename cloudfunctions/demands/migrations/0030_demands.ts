import { sql, type Kysely } from 'kysely'

// 企呼我应: demands with their lifecycle (one status column, changed only by domain/lifecycle.ts),
// dispatches to departments, a timeline, attachments, and the three lists' wishes and resources.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('demands')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('grid_id', 'integer', (c) => c.references('grids.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    .addColumn('filed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull().check(sql`urgency in ('normal','urgent','critical')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('filed','info_requested','dispatched','accepted','closure_proposed','closed','merged')`),
    )
    // While info_requested: the status to go back to when the enterprise answers.
    .addColumn('paused_from', 'text')
    .addColumn('holder_department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('solved_by', 'text', (c) => c.check(sql`solved_by in ('community','department')`))
    .addColumn('resource_id', 'integer')
    .addColumn('merged_into', 'integer', (c) => c.references('demands.id'))
    .addColumn('result', 'text')
    .addColumn('filed_at', 'timestamptz', (c) => c.notNull())
    // The SLA clock: due_at moves when it pauses (sla_left_minutes of working time kept meanwhile).
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('remind_at', 'timestamptz')
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('paused_at', 'timestamptz')
    .addColumn('sla_left_minutes', 'integer')
    .addColumn('escalated_at', 'timestamptz')
    .addColumn('closure_proposed_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('on_time', 'boolean')
    .addColumn('rating', 'smallint', (c) => c.check(sql`rating between 1 and 5`))
    .addColumn('rating_comment', 'text')
    .addColumn('rated_at', 'timestamptz')
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('terms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // Room on each page for HOT updates: the sweep's marks (reminded_at, escalated_at) are in no
  // index, so marking thousands of demands rewrites no index entries.
  await sql`alter table demands set (fillfactor = 85)`.execute(db)
  await sql`create index demands_community_filed on demands (community_id, filed_at)`.execute(db)
  await sql`create index demands_community_closed on demands (community_id, closed_at) where status = 'closed'`.execute(
    db,
  )
  await sql`create index demands_enterprise on demands (enterprise_id, id desc)`.execute(db)
  await sql`create index demands_grid_open on demands (grid_id, id desc)
    where status not in ('closed','merged')`.execute(db)
  await sql`create index demands_community_open on demands (community_id, id desc)
    where status not in ('closed','merged')`.execute(db)
  await sql`create index demands_holder on demands (holder_department_id, closed_at)`.execute(db)
  // The sweep reads only the running clocks (filed, dispatched, accepted) that are due or due for a
  // reminder; the marks it sets stay out of the index so that setting them is a HOT update.
  await sql`create index demands_due on demands (due_at) where status in ('filed','dispatched','accepted')`.execute(db)
  await sql`create index demands_remind on demands (remind_at)
    where status in ('filed','dispatched','accepted') and remind_at is not null`.execute(db)
  await sql`create index demands_terms on demands using gin (terms)`.execute(db)

  // 派单: one row per department a demand was sent to. One live row per (demand, department).
  await db.schema
    .createTable('demand_assignments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('demand_id', 'integer', (c) => c.notNull().references('demands.id'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending','accepted','returned','released')`))
    // 首接负责: the first department of a dispatch answers for it until someone accepts.
    .addColumn('lead', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('dispatched_by', 'integer', (c) => c.references('users.id'))
    .addColumn('dispatched_at', 'timestamptz', (c) => c.notNull())
    .addColumn('responded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('responded_at', 'timestamptz')
    .addColumn('reason', 'text')
    .execute()
  await sql`create unique index demand_assignments_live on demand_assignments (demand_id, department_id)
    where status in ('pending','accepted')`.execute(db)
  await sql`create index demand_assignments_department on demand_assignments (department_id, demand_id)`.execute(db)
  await sql`create index demand_assignments_demand on demand_assignments (demand_id)`.execute(db)

  // The timeline people read: every step, who did it, who holds it after, by when.
  await db.schema
    .createTable('demand_events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('demand_id', 'integer', (c) => c.notNull().references('demands.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('holder_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_at', 'timestamptz')
    .execute()
  await sql`create index demand_events_demand on demand_events (demand_id, id)`.execute(db)

  // 职工所盼: workers' and riders' wishes, with a vote per person.
  await db.schema
    .createTable('wishes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open','matched')`),
    )
    .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resource_id', 'integer')
    .addColumn('linked_by', 'integer', (c) => c.references('users.id'))
    .addColumn('linked_at', 'timestamptz')
    .addColumn('terms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await sql`create index wishes_community on wishes (community_id, status, id desc)`.execute(db)
  await db.schema
    .createTable('wish_votes')
    .addColumn('wish_id', 'integer', (c) => c.notNull().references('wishes.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('wish_votes_pk', ['wish_id', 'user_id'])
    .execute()

  // 社区所能: what the community or its member enterprises offer. community_id null: district-wide.
  await db.schema
    .createTable('demand_resources')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.references('communities.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('capacity', 'integer')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('terms', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await sql`create index demand_resources_place on demand_resources (community_id, kind) where active`.execute(db)
  await sql`create index demand_resources_terms on demand_resources using gin (terms) where active`.execute(db)
  await sql`alter table demands add constraint demands_resource_fk foreign key (resource_id) references demand_resources (id)`.execute(
    db,
  )
  await sql`alter table wishes add constraint wishes_resource_fk foreign key (resource_id) references demand_resources (id)`.execute(
    db,
  )

  // Photos and files of a demand (its filing or a step) or a wish.
  await db.schema
    .createTable('demand_attachments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('demand_id', 'integer', (c) => c.references('demands.id'))
    .addColumn('event_id', 'integer', (c) => c.references('demand_events.id'))
    .addColumn('wish_id', 'integer', (c) => c.references('wishes.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('demand_attachments_subject', sql`(demand_id is null) <> (wish_id is null)`)
    .execute()
  await sql`create index demand_attachments_demand on demand_attachments (demand_id) where demand_id is not null`.execute(
    db,
  )
  await sql`create index demand_attachments_wish on demand_attachments (wish_id) where wish_id is not null`.execute(db)

  // Files the H5 gateway stored (weapp files live in WeChat's cloud storage): owner, type, size.
  await db.schema
    .createTable('uploads')
    .addColumn('key', 'uuid', (c) => c.primaryKey())
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()

  // Which street office gets a community's overdue demands (a department of kind 'street').
  await db.schema
    .createTable('demand_street_offices')
    .addColumn('community_id', 'integer', (c) => c.primaryKey().references('communities.id'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .execute()
}
