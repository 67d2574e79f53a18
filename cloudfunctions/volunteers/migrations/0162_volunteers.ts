import { sql, type Kysely } from 'kysely'

// 志愿服务: teams per community (「微光」志愿服务队, 邻里互助维修志愿队) with an organiser, members
// who sign up, service tasks (a repair a worker asked for, a shift at a station, an activity
// needing helpers) whose places are taken through the reservation core, and hours an organiser
// confirms for a task a member took, never above the task's length.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('volunteer_teams')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('general', 'repair')`))
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('auto_approve', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('volunteer_teams_name', ['community_id', 'name'])
    .execute()
  await db.schema
    .createTable('volunteer_members')
    .addColumn('team_id', 'integer', (c) => c.notNull().references('volunteer_teams.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'active', 'declined')`))
    .addColumn('organiser', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('volunteer_members_pk', ['team_id', 'user_id'])
    .execute()
  await sql`create index volunteer_members_user on volunteer_members (user_id)`.execute(db)
  await db.schema
    .createTable('volunteer_tasks')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('team_id', 'integer', (c) => c.notNull().references('volunteer_teams.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('repair', 'shift', 'activity')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 15 and 720`))
    .addColumn('helpers', 'integer', (c) => c.notNull().check(sql`helpers between 1 and 200`))
    /** The reservation core's slot holding its helper places (kind 'volunteer_task'). */
    .addColumn('slot_id', 'bigint', (c) => c.notNull().references('slots.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'done', 'cancelled')`),
    )
    /** A repair asked for by a worker: who asked, and what (家电维修 / 水电维修). */
    .addColumn('requested_by', 'integer', (c) => c.references('users.id'))
    .addColumn('repair_kind', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await sql`create index volunteer_tasks_team on volunteer_tasks (team_id, starts_at desc)`.execute(db)
  await db.schema
    .createTable('volunteer_hours')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('volunteer_tasks.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes > 0`))
    .addColumn('confirmed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('confirmed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('volunteer_hours_pk', ['task_id', 'user_id'])
    .execute()
  await sql`create index volunteer_hours_user on volunteer_hours (user_id)`.execute(db)
}
