import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Database } from '../server/db'

export interface BenchDatabase {
  db: Database
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
      db: await openDatabase({ dataDir }),
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
    db: await openDatabase({ url: target.toString(), poolSize: options.poolSize ?? 16 }),
    label: 'postgres',
    open: { url: target.toString() },
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}
