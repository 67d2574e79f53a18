import type { PGlite } from '@electric-sql/pglite'
import {
  type CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely'
import { Mutex } from './mutex'

/**
 * Kysely dialect for PGlite.
 *
 * PGlite is ONE PostgreSQL session. Kysely asks the driver for a connection per query, and for
 * a whole transaction; we hand out the single session under a mutex, so a transaction holds it
 * exclusively from BEGIN to COMMIT/ROLLBACK. The published `kysely-pglite` dialect does not, and
 * concurrent transactions interleave on the shared session: one's ROLLBACK discards the other's
 * "committed" rows (DESIGN.md §3; tests/server/db.test.ts keeps that case).
 *
 * Consequence for callers: inside a transaction, use the transaction object only. Calling the
 * root `db` from inside a transaction waits for the session the transaction holds: a deadlock.
 */
export class PGliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}
  createAdapter() {
    return new PostgresAdapter()
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg)
  }
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db)
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler()
  }
}

class PGliteDriver implements Driver {
  readonly #mutex = new Mutex()
  constructor(private readonly pg: PGlite) {}

  async init() {
    await this.pg.waitReady
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock()
    return new PGliteConnection(this.pg, release)
  }

  // Transaction control goes through PGlite's simple protocol (exec): a third of the cost of
  // query()'s extended protocol, and every action pays it twice.
  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings) {
    const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : ''
    await (conn as PGliteConnection).exec(`begin${level}`)
  }

  async commitTransaction(conn: DatabaseConnection) {
    await (conn as PGliteConnection).exec('commit')
  }

  async rollbackTransaction(conn: DatabaseConnection) {
    await (conn as PGliteConnection).exec('rollback')
  }

  async releaseConnection(conn: DatabaseConnection) {
    ;(conn as PGliteConnection).release()
  }

  async destroy() {
    const release = await this.#mutex.lock()
    try {
      if (!this.pg.closed) await this.pg.close()
    } finally {
      release()
    }
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    readonly release: () => void,
  ) {}

  async exec(statement: string): Promise<void> {
    await this.pg.exec(statement)
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Parameterless settings (SET LOCAL …) take the cheaper simple protocol too.
    if (query.parameters.length === 0 && /^\s*set\s/i.test(query.sql)) {
      await this.pg.exec(query.sql)
      return { rows: [] }
    }
    const result = await this.pg.query<R>(query.sql, query.parameters as unknown[], { rowMode: 'object' })
    const affected = result.affectedRows
    return {
      rows: result.rows,
      ...(affected !== undefined && /^\s*(insert|update|delete|merge)/i.test(query.sql)
        ? { numAffectedRows: BigInt(affected) }
        : {}),
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite dialect does not stream')
  }
}
