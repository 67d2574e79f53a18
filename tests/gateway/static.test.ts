import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { createGateway } from '../../gateway/server'
import type { Runtime } from '../../server/core/runtime'

// The H5 app as the build leaves it: hashed files with prebuilt .br/.gz beside them.
describe('gateway serves the H5 app compressed and cached', () => {
  let dir = ''
  let app: FastifyInstance
  let base = ''
  const script = `console.log(${JSON.stringify('链社'.repeat(2000))})`
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lianshe-h5-'))
    mkdirSync(path.join(dir, 'js'))
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>链社</title>${'<p>链社</p>'.repeat(200)}`)
    writeFileSync(path.join(dir, 'js', 'app.1a2b3c4d.js'), script)
    writeFileSync(path.join(dir, 'js', 'app.1a2b3c4d.js.br'), brotliCompressSync(script))
    writeFileSync(path.join(dir, 'js', 'app.1a2b3c4d.js.gz'), gzipSync(script))
    const big = { ok: true, data: { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: '骑手驿站' })) } }
    app = await createGateway({
      h5Dir: dir,
      // The stand-in function below never reaches the runtime; no feature owns files here.
      runtime: { features: [] } as unknown as Runtime,
      functions: new Map([['stations', { name: 'stations', timers: [], main: async () => big }]]),
    })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test('a hashed script: the prebuilt brotli file, cached for good', async () => {
    const res = await fetch(`${base}/js/app.1a2b3c4d.js`, { headers: { 'accept-encoding': 'br, gzip' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    // fetch decodes brotli itself: what arrives is the script.
    expect(await res.text()).toBe(script)
    const gz = await fetch(`${base}/js/app.1a2b3c4d.js`, { headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
  })

  test('index.html is compressed but revalidated on every load, so a new build reaches everyone', async () => {
    const res = await fetch(`${base}/`, { headers: { 'accept-encoding': 'gzip' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(await res.text()).toContain('<title>链社</title>')
  })

  test('API answers are compressed too, and never cached', async () => {
    const res = await fetch(`${base}/api/stations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
      body: JSON.stringify({ action: 'nearby', input: {} }),
    })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect((await res.json()).data.items).toHaveLength(200)
    // A client that asks for nothing gets plain JSON.
    const plain = await fetch(`${base}/api/stations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: JSON.stringify({ action: 'nearby', input: {} }),
    })
    expect(plain.headers.get('content-encoding')).toBeNull()
  })
})
