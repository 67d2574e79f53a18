import { sql, type Kysely } from 'kysely'

// Accounts outside demo mode: a person holds several roles, each granted (and revoked) with its
// scope — a social worker of one community, a member of one department, the liaison of one
// enterprise; roles that need proof go through an application a social worker reviews; grids,
// departments and enterprises are records; every privileged act is in the audit log.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('avatar', 'text')
    .addColumn('phone_verified_at', 'timestamptz')
    // A staff account created or reset by an admin signs in once with a one-time password.
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('password_changed_at', 'timestamptz')
    .addColumn('onboarded_at', 'timestamptz')
    // Deleted accounts keep their row (bookings and registrations stay counted) with personal data erased.
    .addColumn('deleted_at', 'timestamptz')
    .execute()
  // Everyone who existed before onboarding did not need it.
  await sql`update users set onboarded_at = created_at`.execute(db)

  // 一社工一网格: each grid of a community has one responsible social worker.
  await db.schema
    .createTable('grids')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('social_worker_id', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('grids_name_key', ['community_id', 'name'])
    .execute()

  // Government departments (区人社局、区科技局…), street offices and member units (成员单位).
  await db.schema
    .createTable('departments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('bureau','street','member_unit')`))
    .addColumn('district', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // 统一社会信用代码: 18 characters with a check digit (GB 32100-2015).
    .addColumn('credit_code', 'text', (c) => c.notNull().unique())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('grid_id', 'integer', (c) => c.references('grids.id'))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('headcount', 'integer')
    .addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('verified_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('enterprises_community_idx')
    .on('enterprises')
    .columns(['community_id', 'grid_id'])
    .execute()

  await db.schema
    .createTable('user_roles')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`role in ('rider','worker','entrepreneur','enterprise','expert','social_worker','department','admin')`,
        ),
    )
    .addColumn('community_id', 'integer', (c) => c.references('communities.id'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id'))
    // What the role rests on: an expert's field, institution and title; a young founder's company.
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('granted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_by', 'integer', (c) => c.references('users.id'))
    .addColumn('revoked_at', 'timestamptz')
    .execute()
  // One live grant per role and scope; a revoked grant stays as history.
  await sql`create unique index user_roles_live on user_roles
    (user_id, role, coalesce(community_id, 0), coalesce(department_id, 0), coalesce(enterprise_id, 0))
    where revoked_at is null`.execute(db)
  await sql`create index user_roles_scope on user_roles (role, community_id) where revoked_at is null`.execute(db)
  // What people held before grants existed: their one role (a social worker in their community).
  await sql`insert into user_roles (user_id, role, community_id, granted_at)
    select id, role, case when role = 'social_worker' then community_id end, created_at from users
    where role not in ('department', 'enterprise') and (role <> 'social_worker' or community_id is not null)`.execute(
    db,
  )

  // Roles that need proof: the person applies, a social worker of their community reviews.
  await db.schema
    .createTable('role_applications')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('enterprise','expert')`))
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending','approved','rejected','withdrawn')`),
    )
    .addColumn('reason', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create unique index role_applications_one_pending on role_applications (user_id, role)
    where status = 'pending'`.execute(db)
  await sql`create index role_applications_queue on role_applications (community_id, status, created_at)`.execute(db)

  await db.schema
    .createTable('community_moves')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('from_community_id', 'integer', (c) => c.references('communities.id'))
    .addColumn('to_community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('moved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // Who did what to whom, with the record before and after: grants, reviews, disables, resets…
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Null: the system (a timer), never a made-up user.
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('community_id', 'integer', (c) => c.references('communities.id'))
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await sql`create index audit_log_at on audit_log (at desc)`.execute(db)
  await sql`create index audit_log_subject on audit_log (subject_type, subject_id)`.execute(db)
}
