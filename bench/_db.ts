import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FEATURES } from '../cloudfunctions/features'
import { migrationsOf } from '../server/core/feature'
import { createRuntime, type Runtime } from '../server/core/runtime'
import { openDatabase, type Database, type OpenOptions } from '../server/db'

export interface BenchDatabase {
  db: Database
  /** The runtime the bench's calls run on (pass it as `{ lianshe: { runtime } }`). */
  runtime: Runtime
  label: 'pglite' | 'postgres'
  /** How another process opens the same database. */
  open: { url?: string; dataDir?: string }
  drop(): Promise<void>
}

/**
 * The embedded database by default (in memory, or in a scratch directory when another process
 * must open it too); BENCH_DATABASE_URL=postgres://… runs on a scratch database of that server.
 */
export async function openBenchDatabase(options: { onDisk?: boolean; poolSize?: number } = {}): Promise<BenchDatabase> {
  const url = process.env.BENCH_DATABASE_URL
  if (!url) {
    const dataDir = options.onDisk ? mkdtempSync(join(tmpdir(), 'lianshe-bench-')) : undefined
    return {
      ...(await withRuntime(await openBenchDb({ dataDir }))),
      label: 'pglite',
      open: { dataDir },
      drop: async () => {
        if (dataDir) rmSync(dataDir, { recursive: true, force: true })
      },
    }
  }
  const { Client } = await import('pg')
  const name = `lianshe_bench_${Date.now()}`
  const admin = new Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  return {
    ...(await withRuntime(await openBenchDb({ url: target.toString(), poolSize: options.poolSize ?? 16 }))),
    label: 'postgres',
    open: { url: target.toString() },
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}

/** Open a database with the app's migrations (another process opens the bench's database this way). */
export const openBenchDb = (o: Omit<OpenOptions, 'migrations'>) =>
  openDatabase({ ...o, migrations: migrationsOf(FEATURES) })

/** A bench's runtime on an open database. */
export async function withRuntime(db: Database, o: { push?: Parameters<typeof createRuntime>[0]['push'] } = {}) {
  return { db, runtime: createRuntime({ features: FEATURES, database: db, push: o.push }) }
}
