import { sql, type Kysely } from 'kysely'
import { addRoles } from '../../../server/db/role-check'

// 全链共享 (灵峰's 12 shared projects, 002_…txt): the community's project catalogue, 绿电享 buying
// rounds (members, monthly readings), 红链贷 (programme, partner banks, applications, materials)
// and an institute's free-patent list with enterprises' ticks. Plus the role `bank` (a partner
// bank's staff, scoped to its member unit in the departments register).

export async function up(db: Kysely<any>): Promise<void> {
  await addRoles(db, ['bank'])

  await db.schema
    .createTable('sharing_projects')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('how_to_join', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('flow', 'text', (c) => c.notNull().check(sql`flow in ('lab','jobs','power','loan','patents','demand')`))
    .addColumn('demand_category', 'text', (c) => c.notNull().defaultTo('other'))
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('sharing_projects_name', ['community_id', 'name'])
    .execute()

  // 绿电享: prices in 0.0001 yuan per kWh (0.5202 → 5202), so savings are exact integers.
  await db.schema
    .createTable('sharing_power_rounds')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('price_e4', 'integer', (c) => c.notNull().check(sql`price_e4 > 0`))
    .addColumn('grid_price_e4', 'integer', (c) => c.notNull().check(sql`grid_price_e4 > 0`))
    .addColumn('threshold_kind', 'text', (c) => c.notNull().check(sql`threshold_kind in ('enterprises','kwh')`))
    .addColumn('threshold', 'integer', (c) => c.notNull().check(sql`threshold > 0`))
    .addColumn('join_opens', 'date', (c) => c.notNull())
    .addColumn('join_closes', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open','started')`),
    )
    .addColumn('started_at', 'timestamptz')
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('sharing_power_window', sql`join_closes >= join_opens`)
    .execute()

  await db.schema
    .createTable('sharing_power_members')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('sharing_power_rounds.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    .addColumn('monthly_kwh', 'integer', (c) => c.notNull().check(sql`monthly_kwh > 0`))
    .addColumn('joined_by', 'integer', (c) => c.references('users.id'))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sharing_power_members_pk', ['round_id', 'enterprise_id'])
    .execute()

  await db.schema
    .createTable('sharing_power_readings')
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull().check(sql`month ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'`))
    .addColumn('kwh', 'bigint', (c) => c.notNull().check(sql`kwh >= 0`))
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sharing_power_readings_pk', ['round_id', 'enterprise_id', 'month'])
    .addForeignKeyConstraint('sharing_power_readings_member', ['round_id', 'enterprise_id'], 'sharing_power_members', [
      'round_id',
      'enterprise_id',
    ])
    .execute()

  // 红链贷: a programme per community with its cap (yuan per application) and partner banks.
  await db.schema
    .createTable('sharing_loan_programmes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cap_yuan', 'bigint', (c) => c.notNull().check(sql`cap_yuan > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('sharing_loan_programmes_name', ['community_id', 'name'])
    .execute()
  await db.schema
    .createTable('sharing_loan_banks')
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('sharing_loan_programmes.id'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .addPrimaryKeyConstraint('sharing_loan_banks_pk', ['programme_id', 'department_id'])
    .execute()
  await db.schema
    .createTable('sharing_loans')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('sharing_loan_programmes.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    .addColumn('applicant_id', 'integer', (c) => c.references('users.id'))
    .addColumn('amount_yuan', 'bigint', (c) => c.notNull().check(sql`amount_yuan > 0`))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('chain', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('bank_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('submitted')
        .check(sql`status in ('submitted','accepted','materials','approved','declined')`),
    )
    .addColumn('materials_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approved_yuan', 'bigint')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('sharing_loans_enterprise').on('sharing_loans').columns(['enterprise_id', 'id']).execute()
  await db.schema.createIndex('sharing_loans_bank').on('sharing_loans').columns(['bank_id', 'status']).execute()
  await db.schema
    .createTable('sharing_loan_files')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('loan_id', 'integer', (c) => c.notNull().references('sharing_loans.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()

  // Free patents of an institute (a member unit in the departments register) and enterprises' ticks.
  await db.schema
    .createTable('sharing_patents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('chain', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('sharing_patent_picks')
    .addColumn('patent_id', 'integer', (c) => c.notNull().references('sharing_patents.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    .addColumn('picked_by', 'integer', (c) => c.references('users.id'))
    .addColumn('picked_at', 'timestamptz', (c) => c.notNull())
    .addColumn('agreement_at', 'timestamptz')
    .addPrimaryKeyConstraint('sharing_patent_picks_pk', ['patent_id', 'enterprise_id'])
    .execute()
  await db.schema
    .createIndex('sharing_patent_picks_enterprise')
    .on('sharing_patent_picks')
    .column('enterprise_id')
    .execute()
}
