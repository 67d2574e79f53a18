import { existsSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import fastifyCompress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import { fail, type ErrorCode, type Fail } from '../contract/errors'
import type { GatewayContext } from '../server/core/identity'
import type { Runtime } from '../server/core/runtime'
import type { LoadedFunction } from './functions'
import { registerUploads } from './uploads'

export const H5_DIR = path.resolve(__dirname, '..', 'dist', 'h5')

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  BAD_JSON: 400,
  UNKNOWN_ACTION: 400,
  UNKNOWN_FUNCTION: 404,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FULL: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
}

/** Build output named by content hash (js/app.1a2b3c4d.js, or its .br/.gz): its URL changes when it does. */
const HASHED_ASSET = /\.[0-9a-f]{8}\.[a-z0-9]+(\.br|\.gz)?$/

export interface GatewayOptions {
  functions: Map<string, LoadedFunction>
  /** What every call runs on (database, clock, push, features). */
  runtime: Runtime
  /** Built H5 app to serve at /; omitted or missing = API only. */
  h5Dir?: string
  logger?: boolean
  /** Largest request body (bytes); CSV imports are the biggest legitimate bodies. */
  bodyLimit?: number
  /**
   * Where H5 attachments were stored before they moved into the database (migration 0060): files
   * found there are read into their rows at start. Omitted: nothing to read in.
   */
  legacyUploadDir?: string
  /**
   * Which proxies may tell the client's address (X-Forwarded-For), as Fastify's `trustProxy`:
   * false (default: the socket's address), true (any), or the proxies' addresses/CIDRs.
   * From LIANSHE_TRUST_PROXY (parseTrustProxy). Sign-in throttling counts per this address.
   */
  trustProxy?: boolean | string[]
}

/**
 * LIANSHE_TRUST_PROXY: unset or empty = trust no proxy (the socket's address is the client's);
 * a comma-separated list of the proxies' addresses or CIDRs (or proxy-addr's names: loopback,
 * uniquelocal…) = their X-Forwarded-For is believed; 'true' = anyone's (only when nothing but the
 * proxy can reach the gateway). A hop count is not offered: it cannot tell a proxy from a client.
 */
export function parseTrustProxy(value: string | undefined): boolean | string[] {
  const v = (value ?? '').trim()
  if (!v || v === 'false') return false
  if (v === 'true') return true
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** The local gateway: the built H5 app and every cloud function at POST /api/<function>. */
export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Errors the router answers itself (a path parameter over its length limit, a malformed
    // URL) get the one envelope too, never Fastify's own body.
    frameworkErrors: (error, req, reply) => {
      const envelope =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' && req.url.startsWith('/api/')
          ? fail('UNKNOWN_FUNCTION')
          : fail('BAD_REQUEST', '请求地址不正确')
      void (reply as FastifyReply).status(STATUS[envelope.code] ?? 400).send(envelope)
    },
    // JSON logs (pino). Request logs carry method, url and status only: no headers, no bodies.
    logger: options.logger ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
  })

  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, req, reply) => {
    let envelope: Fail
    if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error instanceof SyntaxError
    ) {
      envelope = fail('BAD_JSON')
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      envelope = fail('BAD_REQUEST', '请求内容过大')
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      envelope = fail('BAD_REQUEST', '请求应为 JSON（Content-Type: application/json）')
    } else if ((error.statusCode ?? 500) < 500) {
      envelope = fail('BAD_REQUEST')
    } else {
      req.log.error({ err: error.message }, 'gateway error')
      envelope = fail('INTERNAL')
    }
    reply.status(STATUS[envelope.code] ?? 500).send(envelope)
  })

  // Compressed answers: API JSON on the fly (brotli at a fast level, gzip), the H5 app's files as
  // prebuilt .br/.gz from the build (below). Small bodies are not worth it.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  })

  // Functions take JSON only; anything else is refused with a clear message.
  app.removeContentTypeParser('text/plain')

  app.get('/healthz', async () => ({ ok: true }))

  app.post<{ Params: { fn: string } }>('/api/:fn', async (req, reply) => {
    const fn = options.functions.get(req.params.fn)
    if (!fn) return reply.status(404).send(fail('UNKNOWN_FUNCTION'))
    const auth = req.headers.authorization
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined
    // The caller's identity comes from the header only; the body is the event, never the user.
    // So is the address: the socket's, or what a trusted proxy says (trustProxy), never a body field.
    const context: GatewayContext = {
      lianshe: { sessionToken: token || undefined, clientAddress: req.ip, runtime: options.runtime },
    }
    const result = (await fn.main(req.body ?? {}, context)) as { ok: boolean; code?: ErrorCode }
    reply.header('cache-control', 'no-store')
    return reply.status(result.ok ? 200 : (STATUS[result.code as ErrorCode] ?? 400)).send(result)
  })

  await registerUploads(app, {
    functions: options.functions,
    runtime: options.runtime,
    legacyDir: options.legacyUploadDir,
  })

  const h5Dir = options.h5Dir
  if (h5Dir && existsSync(path.join(h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: h5Dir,
      // An array: with preCompressed, @fastify/static finds the directory index only from a list.
      index: ['index.html'],
      // The build writes x.js.br and x.js.gz next to x.js: sent as they are when the browser accepts them.
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, filePath) {
        // Hashed files never change under their name: cache them for good. index.html (and any
        // unhashed file) is revalidated on every load (ETag), so a new build reaches everyone.
        res.setHeader('cache-control', HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    })
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<meta charset="utf-8"><p>链社 H5 尚未构建。请运行 <code>npm run build:h5</code> 后重启。</p>'),
    )
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return reply.status(404).send(fail('UNKNOWN_FUNCTION'))
    return reply.status(404).type('text/plain; charset=utf-8').send('页面不存在')
  })
  return app
}
