import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { COMMUNITIES } from '../../cloudfunctions/community/seed'
import { DEPARTMENTS } from '../../cloudfunctions/community/seed-accounts'
import { SEED_POLICIES } from '../../cloudfunctions/policies/seed-policies'
import { DEMO_CHALLENGES } from '../../cloudfunctions/talent/seed-data'
import { parseCron } from '../../gateway/cron'
import { buildFunctions, LAZY_PACKAGES } from '../../scripts/build-functions'

const root = path.resolve(__dirname, '..', '..', 'cloudfunctions')

// What WeChat DevTools uploads: each folder with index.js, package.json and config.json.
describe('cloud functions are deployable as-is', () => {
  let built: { name: string; bytes: number }[]
  beforeAll(async () => {
    built = await buildFunctions()
  }, 120_000)

  test('every function folder has index.js, package.json with wx-server-sdk, config.json with valid triggers', () => {
    const folders = readdirSync(root).filter((n) => existsSync(path.join(root, n, 'index.ts')))
    expect(built.map((b) => b.name)).toEqual(folders)
    for (const name of folders) {
      const dir = path.join(root, name)
      expect(existsSync(path.join(dir, 'index.js'))).toBe(true)
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
      expect(pkg.main).toBe('index.js')
      expect(pkg.dependencies).toHaveProperty('wx-server-sdk')
      const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'))
      // WeChat allows one timer trigger per function.
      const timers = (config.triggers ?? []).filter((t: any) => t.type === 'timer')
      expect(timers.length).toBeLessThanOrEqual(1)
      for (const t of timers) expect(() => parseCron(t.config)).not.toThrow()
    }
  })

  test('a function carries no demo seed data (the seeds are cloudfunctions/seeds.ts, for demo mode only), minified with its source map beside it', () => {
    // Text only the seeds hold; the minified bundle writes Chinese as \uXXXX escapes.
    const marks = [COMMUNITIES[0].name, DEPARTMENTS[0][1], SEED_POLICIES[0].edit.title, DEMO_CHALLENGES[0].title]
    const escaped = (s: string) =>
      s.replace(/[^ -~]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'))
    for (const { name } of built) {
      const js = readFileSync(path.join(root, name, 'index.js'), 'utf8')
      const found = marks.filter((m) => js.includes(m) || js.includes(escaped(m)))
      expect({ name, seedData: found }).toEqual({ name, seedData: [] })
      expect(js.trimEnd().endsWith('//# sourceMappingURL=index.js.map')).toBe(true)
      expect(existsSync(path.join(root, name, 'index.js.map'))).toBe(true)
    }
  })

  test('the large libraries are not in any bundle: a function that uses one loads it when needed, from its package.json', () => {
    const app = JSON.parse(readFileSync(path.resolve(root, '..', 'package.json'), 'utf8')).dependencies
    const loading: Record<string, string[]> = {}
    for (const { name, bytes } of built) {
      const js = readFileSync(path.join(root, name, 'index.js'), 'utf8')
      // exceljs's own code (its Workbook's xlsx writer) and pinyin-pro's dictionary are absent.
      const pinyin = js.includes('zhōng') || js.includes('zh\\u014Dng') || js.includes('zh\\u014dng')
      expect({ name, exceljs: js.includes('xl/workbook.xml'), pinyin }).toEqual({
        name,
        exceljs: false,
        pinyin: false,
      })
      expect(bytes).toBeLessThan(1024 * 1024)
      const deps = JSON.parse(readFileSync(path.join(root, name, 'package.json'), 'utf8')).dependencies
      for (const lib of LAZY_PACKAGES) {
        if (!js.includes(`import("${lib}")`) && !js.includes(`require("${lib}")`)) continue
        ;(loading[lib] ??= []).push(name)
        expect({ name, [lib]: deps[lib] }).toEqual({ name, [lib]: app[lib] })
      }
    }
    // Those that read or write sheets, and the two that compute pinyin search columns.
    expect(loading['exceljs']).toEqual(expect.arrayContaining(['admin', 'demands', 'lab', 'policies', 'talent']))
    expect(loading['pinyin-pro']).toEqual(['lab', 'policies'])
  })

  test("a function opening its database does not load Node's fetch (pg's probe for a Cloudflare Worker)", () => {
    // A fresh process, as a cold start: the server is unreachable, but pg is loaded and asked to connect.
    const child = `
      const bundle = require(${JSON.stringify(path.join(root, 'community', 'index.js'))})
      bundle.main({ action: 'home', input: {} }, {}).then((r) => {
        const undici = process.moduleLoadList.some((m) => m.includes('undici'))
        process.stdout.write(JSON.stringify({ answer: r.ok ? 'ok' : r.code, undici }))
        process.exit(0)
      })`
    const out = execFileSync(process.execPath, ['-e', child], {
      env: { ...process.env, DATABASE_URL: 'postgres://lianshe@127.0.0.1:1/none', LIANSHE_LOG: 'silent' },
    })
    expect(JSON.parse(out.toString())).toEqual({ answer: 'INTERNAL', undici: false })
  })

  const pgUrl = process.env.TEST_DATABASE_URL
  ;(pgUrl ? test : test.skip)(
    'the bundled index.js answers on a PostgreSQL server via DATABASE_URL',
    async () => {
      const { Client } = await import('pg')
      const name = `lianshe_deploy_${Date.now()}`
      const admin = new Client({ connectionString: pgUrl })
      await admin.connect()
      await admin.query(`create database ${name}`)
      const url = new URL(pgUrl!)
      url.pathname = `/${name}`
      const saved = process.env.DATABASE_URL
      process.env.DATABASE_URL = url.toString()
      try {
        // A fresh module registry: the bundle opens its own database from DATABASE_URL, as in the cloud.
        await jest.isolateModulesAsync(async () => {
          const bundle = require(path.join(root, 'community', 'index.js'))
          expect(await bundle.main({ action: 'ping' }, {})).toEqual({ ok: true, data: { pong: true } })
          const home = await bundle.main({ action: 'home', input: {} }, {})
          expect(home).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '还没有社区信息' })
        })
      } finally {
        process.env.DATABASE_URL = saved
        if (saved === undefined) delete process.env.DATABASE_URL
        await admin.query(`drop database if exists ${name} with (force)`)
        await admin.end()
      }
    },
    60_000,
  )
})
