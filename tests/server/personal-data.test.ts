import { sql } from 'kysely'
import { FEATURES } from '../../cloudfunctions/features'
import { inTransaction } from '../../server/core/tx'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

// PIPL: a person's download and their account deletion both go through every feature's
// personal-data part. A table that names a user and is covered by no feature would be left out
// of both; this finds it in the migrated database, so a new feature cannot forget.
describeEachDatabase('personal data: every table naming a person is covered by a feature', (ctx) => {
  withDemoContent(ctx)

  test('every column that refers to users (or is a user_id) is in some feature’s personal-data tables', async () => {
    const { rows } = await sql<{ table_name: string }>`
      select distinct kcu.table_name from information_schema.table_constraints tc
        join information_schema.key_column_usage kcu
          on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
        join information_schema.constraint_column_usage ccu
          on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'users' and tc.table_schema = 'public'
      union
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'user_id'`.execute(ctx.db)
    const covered = new Set(FEATURES.flatMap((f) => f.personalData?.tables ?? []))
    const naming = [...new Set(rows.map((r) => r.table_name)), 'users']
    expect(naming.filter((t) => !covered.has(t)).sort()).toEqual([])
    // And nothing listed that does not exist (a renamed table).
    const { rows: tables } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public'`.execute(ctx.db)
    const existing = new Set(tables.map((t) => t.table_name))
    expect([...covered].filter((t) => !existing.has(t))).toEqual([])
  })

  test('the sections of the download do not overwrite each other', async () => {
    const admin = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'demo_admin')
      .executeTakeFirstOrThrow()
    const keys: string[] = []
    await inTransaction(ctx.runtime, async (tx) => {
      for (const f of FEATURES) if (f.personalData) keys.push(...Object.keys(await f.personalData.export(tx, admin.id)))
    })
    expect(keys.length).toBeGreaterThan(10)
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
  })

  test('each part says in words what goes or what stays', () => {
    for (const f of FEATURES) {
      const p = f.personalData
      if (!p) continue
      expect(p.goes.length + p.stays.length).toBeGreaterThan(0)
      for (const line of [...p.goes, ...p.stays]) expect(line).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
