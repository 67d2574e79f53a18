import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// Features meet through public faces (DESIGN.md §6): a feature's code imports another feature only
// through its cloudfunctions/<f>/public.ts, and names in its queries only its own tables (its
// tables.ts) and the core's (server/db/schema.ts). Migrations may name any table (they date from
// before a table moved); demo seeds may import other seeds (demo content is built in order).
const root = path.resolve(__dirname, '..', '..')
const fnRoot = path.join(root, 'cloudfunctions')
const features = readdirSync(fnRoot).filter((f) => statSync(path.join(fnRoot, f)).isDirectory())

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sources(full)
    return name.endsWith('.ts') ? [full] : []
  })
}

const rel = (p: string) => path.relative(root, p).split(path.sep).join('/')
const isSeed = (file: string) => /(^|\/)seed[^/]*\.ts$/.test(file)
const isMigration = (file: string) => file.includes('/migrations/')

/** Tables declared in a tables.ts (or the core's schema) `interface DB { name: … }`. */
function declaredTables(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const body = /interface DB \{([\s\S]*?)\n\s*\}/.exec(text)?.[1] ?? ''
  return [...body.matchAll(/^\s*(\w+):/gm)].map((m) => m[1])
}

const owner = new Map<string, string>()
for (const t of declaredTables(path.join(root, 'server/db/schema.ts'))) owner.set(t, 'core')
for (const f of features) {
  const file = path.join(fnRoot, f, 'tables.ts')
  try {
    for (const t of declaredTables(file)) owner.set(t, f)
  } catch {
    // a feature without tables of its own
  }
}

/** Table names a file's queries use: Kysely's builders and raw SQL's from/join/update/into. */
function tablesUsed(text: string): Set<string> {
  const out = new Set<string>()
  const builder =
    /\b(?:selectFrom|updateTable|insertInto|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*['"`](\w+)/g
  for (const m of text.matchAll(builder)) out.add(m[1])
  // Raw SQL lives in sql`…` templates; read the words after from/join/update/into in them.
  for (const tpl of text.matchAll(/sql(?:<[^`]*?>)?`([\s\S]*?)`/g)) {
    for (const m of tpl[1].matchAll(/\b(?:from|join|update|into)\s+(\w+)/gi)) out.add(m[1])
  }
  return out
}

describe('features meet through public faces', () => {
  test('a feature imports another feature only through its public.ts', () => {
    const problems: string[] = []
    for (const f of features) {
      for (const file of sources(path.join(fnRoot, f))) {
        const text = readFileSync(file, 'utf8')
        for (const m of text.matchAll(/from '(\.[^']+)'/g)) {
          const target = rel(path.resolve(path.dirname(file), m[1]))
          const parts = target.split('/')
          if (parts[0] !== 'cloudfunctions' || parts.length < 3 || parts[1] === f) continue
          if (parts[2] === 'public') continue
          if (isSeed(rel(file)) && isSeed(target + '.ts')) continue
          problems.push(`${rel(file)} imports ${target}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  test('the core does not import features', () => {
    const problems: string[] = []
    for (const file of sources(path.join(root, 'server'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = rel(path.resolve(path.dirname(file), m[1]))
        if (target.startsWith('cloudfunctions/')) problems.push(`${rel(file)} imports ${target}`)
      }
    }
    expect(problems).toEqual([])
  })

  test("a feature's queries name only its own tables and the core's", () => {
    expect(owner.get('canteens')).toBe('canteen')
    const problems: string[] = []
    for (const f of features) {
      for (const file of sources(path.join(fnRoot, f))) {
        const name = rel(file)
        if (isMigration(name) || isSeed(name)) continue
        for (const t of tablesUsed(readFileSync(file, 'utf8'))) {
          const o = owner.get(t)
          if (o && o !== 'core' && o !== f) problems.push(`${name} uses ${o}'s table ${t}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})
