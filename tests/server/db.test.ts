import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { openDatabase } from '../../server/db'
import { isMigrated, migrateToLatest } from '../../server/db/migrate'
import { describeEachDatabase, MIGRATIONS, openTestDatabase } from '../helpers/databases'

describeEachDatabase('database', (ctx) => {
  beforeAll(async () => {
    await sql`create table tx_probe (id serial primary key, who text not null)`.execute(ctx.db)
  })

  // DESIGN.md §3: with a dialect that shares PGlite's one session between connections,
  // A's ROLLBACK also discards B's rows although B's commit "succeeded".
  test('two concurrent transactions: one rolls back, the other keeps its committed write', async () => {
    let releaseA!: () => void
    const aMayFinish = new Promise<void>((r) => (releaseA = r))
    const a = ctx.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('tx_probe' as any)
          .values({ who: 'A' })
          .execute()
        await aMayFinish
        throw new Error('A rolls back')
      })
      .catch((e: Error) => e.message)
    const b = ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('tx_probe' as any)
        .values({ who: 'B' })
        .execute()
      return 'B committed'
    })
    // Let B get as far as it can while A is open, then release A.
    await new Promise((r) => setTimeout(r, 50))
    releaseA()
    expect(await Promise.all([a, b])).toEqual(['A rolls back', 'B committed'])
    const rows = await ctx.db
      .selectFrom('tx_probe' as any)
      .select('who')
      .execute()
    expect(rows.map((r: any) => r.who)).toEqual(['B'])
  })

  test('many concurrent transactions each see only their own work', async () => {
    await sql`delete from tx_probe`.execute(ctx.db)
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        ctx.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('tx_probe' as any)
            .values({ who: `t${i}` })
            .execute()
          if (i % 2) throw new Error('rollback')
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20)
    const { n } = await ctx.db
      .selectFrom('tx_probe' as any)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(n)).toBe(20)
  })

  test('migrations are forward-only and applied once', async () => {
    expect(await migrateToLatest(ctx.db, MIGRATIONS)).toEqual([])
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(ctx.db)
    expect(applied.rows.map((r) => r.name)).toContain('0001_foundation')
  })

  // A deployed function's cold start opens an up-to-date database: one query says so, no migrator.
  test('an up-to-date database is recognised by one check; pending or unknown migrations are not', async () => {
    expect(await isMigrated(ctx.db, MIGRATIONS)).toBe(true)
    const pending = { ...MIGRATIONS, '9999_not_yet': { up: async () => undefined } }
    expect(await isMigrated(ctx.db, pending)).toBe(false)
    // An older build on a newer database: the migrator is asked, and refuses as it always did.
    const names = Object.keys(MIGRATIONS)
    const older = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n !== names[names.length - 1]))
    expect(await isMigrated(ctx.db, older)).toBe(false)
    await expect(migrateToLatest(ctx.db, older)).rejects.toThrow(/missing/)
  })
})

describe('a new database', () => {
  test('has run no migration, and opening it applies them all', async () => {
    const db = await openDatabase({ migrations: {} })
    try {
      await sql`drop table kysely_migration`.execute(db)
      expect(await isMigrated(db, MIGRATIONS)).toBe(false)
      await migrateToLatest(db, MIGRATIONS)
      expect(await isMigrated(db, MIGRATIONS)).toBe(true)
    } finally {
      await db.destroy()
    }
  }, 60000)
})

describe('PGlite data directory', () => {
  test('an acknowledged write survives closing and reopening', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lianshe-pglite-'))
    try {
      const first = await openTestDatabase({ dataDir: dir })
      await first
        .insertInto('communities')
        .values({ code: 'T-1', name: '测试社区', district: '北仑区', lng: 121.8, lat: 29.9 })
        .execute()
      await first.destroy()
      const second = await openTestDatabase({ dataDir: dir })
      const row = await second.selectFrom('communities').select('name').where('code', '=', 'T-1').executeTakeFirst()
      await second.destroy()
      expect(row?.name).toBe('测试社区')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60000)
})

describe('renamed pages', () => {
  test('notices sent before the 账号 and 消息 pages were renamed open the renamed pages', async () => {
    const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0180_pages_renamed'))
    const db = await openDatabase({ migrations: before })
    try {
      const u = await db
        .insertInto('users')
        .values({ role: 'worker', display_name: '老通知' })
        .returning('id')
        .executeTakeFirstOrThrow()
      await sql`insert into inbox (notification_id, user_id, kind, category, title, body, page)
        values (1, ${u.id}, 'role_application_reviewed', 'account', '身份审核结果', '已通过', '/subpackages/account/roles'),
               (2, ${u.id}, 'demand_progress', 'service', '诉求进度', '已受理', '/subpackages/demands/detail?id=1')`.execute(
        db,
      )
      await migrateToLatest(db, MIGRATIONS)
      const pages = await db.selectFrom('inbox').select('page').orderBy('id').execute()
      expect(pages.map((p) => p.page)).toEqual(['/subpackages/user/roles', '/subpackages/demands/detail?id=1'])
    } finally {
      await db.destroy()
    }
  }, 60000)
})
