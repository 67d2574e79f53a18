import path from 'node:path'
import { sql } from 'kysely'
import ts from 'typescript'
import { describeEachDatabase } from '../helpers/databases'

// The table types are written by hand, each feature its own (tables.ts, joined into DB by
// declaration merging). This checks them against the migrated database: every table and column
// the types declare exists, every column the migrations create is declared, nullability agrees.
const root = path.resolve(__dirname, '..', '..')

interface Declared {
  columns: Map<string, { nullable: boolean | null }>
}

function declaredTables(): Map<string, Declared> {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true })
  const checker = program.getTypeChecker()
  const schema = program.getSourceFile(path.join(root, 'server/db/schema.ts'))!
  const dbSymbol = checker.getSymbolAtLocation(schema)!.exports!.get('DB' as ts.__String)!
  const db = checker.getDeclaredTypeOfSymbol(dbSymbol)
  const out = new Map<string, Declared>()
  for (const table of checker.getPropertiesOfType(db)) {
    const tableType = checker.getTypeOfSymbol(table)
    const columns = new Map<string, { nullable: boolean | null }>()
    for (const col of checker.getPropertiesOfType(tableType)) {
      let t = checker.getTypeOfSymbol(col)
      // ColumnType<S, I, U> / Generated<T>: what a select returns is `__select__`.
      const select = t.getProperty('__select__')
      if (select) t = checker.getTypeOfSymbol(select)
      const nullable = t.isUnion() ? t.types.some((m) => m.flags & ts.TypeFlags.Null) : !!(t.flags & ts.TypeFlags.Null)
      columns.set(col.name, { nullable })
    }
    out.set(table.name, { columns })
  }
  return out
}

describeEachDatabase('schema types match the migrated database', (ctx) => {
  test('every table and column, and whether it may be null', async () => {
    const declared = declaredTables()
    const { rows } = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
      select table_name, column_name, is_nullable from information_schema.columns
      where table_schema = 'public' and table_name not like 'kysely_%'`.execute(ctx.db)
    const actual = new Map<string, Map<string, boolean>>()
    for (const r of rows) {
      if (!actual.has(r.table_name)) actual.set(r.table_name, new Map())
      actual.get(r.table_name)!.set(r.column_name, r.is_nullable === 'YES')
    }
    const problems: string[] = []
    for (const [table, cols] of actual) {
      const d = declared.get(table)
      if (!d) {
        problems.push(`table ${table} has no type`)
        continue
      }
      for (const [col, nullable] of cols) {
        const dc = d.columns.get(col)
        if (!dc) problems.push(`${table}.${col} is not declared`)
        else if (dc.nullable !== nullable)
          problems.push(`${table}.${col}: declared ${dc.nullable ? '' : 'not '}nullable`)
      }
      for (const col of d.columns.keys())
        if (!cols.has(col)) problems.push(`${table}.${col} is declared but not in the database`)
    }
    for (const table of declared.keys()) if (!actual.has(table)) problems.push(`type ${table} has no table`)
    expect(problems).toEqual([])
  }, 60000)
})
