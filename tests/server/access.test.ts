import { ROLES } from '../../contract/roles'
import type { Access, CloudFunction } from '../../server/core/define-function'
import { loadFunctions } from '../../gateway/functions'

// Every action of every cloud function declares who may call it, in a form the router enforces:
// 'public', own(…) with the reason it touches only the caller's data, roles, or a guard that
// checks the record the input names. A handler with anything else fails here, before review.
describe('access: every handler declares a guard the router enforces', () => {
  let functions: CloudFunction[] = []
  beforeAll(async () => {
    functions = [...(await loadFunctions()).values()].map((f) => f.main as unknown as CloudFunction)
  })

  const describeAccess = (a: Access): string => {
    if (a === 'public') return 'public'
    if (Array.isArray(a)) return `roles:${a.join(',')}`
    const o = a as Exclude<Access, 'public' | readonly unknown[]>
    return o.kind === 'own' ? `own:${o.because}` : `guard:${o.checks}${o.roles ? ` roles:${o.roles.join(',')}` : ''}`
  }

  test('each function exposes its handlers', () => {
    expect(functions.length).toBeGreaterThanOrEqual(6)
    for (const f of functions) expect(Object.keys(f.handlers).length).toBeGreaterThan(0)
  })

  test('no handler is open to any signed-in user without saying why, and every declaration is well-formed', () => {
    const problems: string[] = []
    for (const f of functions) {
      for (const [action, h] of Object.entries(f.handlers) as [string, { access: Access }][]) {
        const at = `${f.functionName}.${action}`
        const a = h.access as unknown
        if (a === 'public') continue
        if (Array.isArray(a)) {
          if (a.length === 0 || a.some((r) => !(ROLES as readonly string[]).includes(r)))
            problems.push(`${at}: bad roles`)
          continue
        }
        const o = a as {
          kind?: string
          because?: string
          checks?: string
          roles?: readonly string[]
          resolve?: unknown
        }
        if (o?.kind === 'own') {
          if (!o.because || o.because.trim().length < 8) problems.push(`${at}: own() without a reason`)
        } else if (o?.kind === 'guard') {
          if (!o.checks || typeof o.resolve !== 'function') problems.push(`${at}: malformed guard`)
          if (o.roles && o.roles.some((r) => !(ROLES as readonly string[]).includes(r)))
            problems.push(`${at}: bad roles`)
        } else {
          problems.push(`${at}: undeclared access ${JSON.stringify(a)}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  test('the declarations, for review (a new open action shows up in this list)', () => {
    const table = functions.flatMap((f) =>
      (Object.entries(f.handlers) as [string, { access: Access }][]).map(
        ([action, h]) => `${f.functionName}.${action} → ${describeAccess(h.access)}`,
      ),
    )
    // Actions any signed-in user may call must say they act on the caller's own data.
    const own = table.filter((l) => l.includes('→ own:'))
    for (const line of own) expect(line).toMatch(/caller/)
    expect(table.length).toBeGreaterThan(50)
    // A changed declaration shows as a diff of this snapshot in review.
    expect(table.sort()).toMatchSnapshot()
  })
})
