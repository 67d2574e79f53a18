import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { FEATURES } from '../../cloudfunctions/features'
import { SEEDS } from '../../cloudfunctions/seeds'
import { loadFunctions } from '../../gateway/functions'
import { createGateway } from '../../gateway/server'
import { createRuntime, type Runtime } from '../../server/core/runtime'
import { seedDemo } from '../../server/core/seed'
import type { Database } from '../../server/db'
import { openTestDatabase } from '../helpers/databases'

// Two gateways on one PostgreSQL server (the README's way to grow) behave as one: a file uploaded
// through one is served by the other. Only with a PostgreSQL server (CI sets TEST_DATABASE_URL).
const adminUrl = process.env.TEST_DATABASE_URL
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  randomBytes(50_000),
])
const NOW = new Date('2026-11-23T10:00:00+08:00')

;(adminUrl ? describe : describe.skip)('two gateways on one PostgreSQL server', () => {
  const name = `lianshe_test_two_${randomBytes(6).toString('hex')}`
  const dbs: Database[] = []
  const apps: FastifyInstance[] = []
  const bases: string[] = []
  const admin = async (q: string) => {
    const { Client } = await import('pg')
    const c = new Client({ connectionString: adminUrl })
    await c.connect()
    try {
      await c.query(q)
    } finally {
      await c.end()
    }
  }

  beforeAll(async () => {
    await admin(`create database ${name}`)
    const url = new URL(adminUrl!)
    url.pathname = `/${name}`
    process.env.LIANSHE_DEMO = '1'
    const functions = await loadFunctions()
    // Each instance its own pool and runtime, as two processes would have.
    for (let i = 0; i < 2; i++) {
      const db = await openTestDatabase({ url: url.toString(), poolSize: 4 })
      dbs.push(db)
      const runtime: Runtime = createRuntime({ features: FEATURES, database: db, clock: () => NOW })
      if (i === 0) await seedDemo(runtime, SEEDS)
      const app = await createGateway({ functions, runtime })
      apps.push(app)
      bases.push(await app.listen({ port: 0, host: '127.0.0.1' }))
    }
  }, 120_000)
  afterAll(async () => {
    delete process.env.LIANSHE_DEMO
    for (const app of apps) await app.close()
    for (const db of dbs) await db.destroy()
    await admin(`drop database if exists ${name} with (force)`)
  }, 60_000)

  const api = async (base: string, fn: string, action: string, input: unknown, token?: string) => {
    const res = await fetch(`${base}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ action, input }),
    })
    return (await res.json()) as { ok: boolean; data: any; code?: string }
  }

  test('upload through one instance, download through the other', async () => {
    const [a, b] = bases
    const { token } = (await api(a, 'user', 'demoLogin', { role: 'enterprise' })).data
    const up = await fetch(`${a}/upload`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('现场.jpg'),
        authorization: `Bearer ${token}`,
      },
      body: new Uint8Array(JPEG),
    })
    expect(up.status).toBe(200)
    const file = ((await up.json()) as { data: { fileId: string } }).data
    const options = (await api(b, 'demands', 'options', {}, token)).data
    const filed = await api(
      b,
      'demands',
      'file',
      {
        enterpriseId: options.enterprises[0].id,
        category: 'equipment',
        title: '两个实例之间的附件',
        description: '从一个实例上传，从另一个实例下载附件。',
        contactName: '张建国',
        contactPhone: '13812345604',
        attachments: [file],
      },
      token,
    )
    expect(filed.ok).toBe(true)
    const id = filed.data.attachments[0].id
    for (const base of [b, a]) {
      const got = await fetch(`${base}/files/${id}`, { headers: { authorization: `Bearer ${token}` } })
      expect(got.status).toBe(200)
      expect(got.headers.get('content-type')).toBe('image/jpeg')
      expect(got.headers.get('x-content-type-options')).toBe('nosniff')
      expect(Buffer.from(await got.arrayBuffer()).equals(JPEG)).toBe(true)
    }
  })
})
