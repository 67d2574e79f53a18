import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
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

export interface GatewayOptions {
  functions: Map<string, LoadedFunction>
  /** What every call runs on (database, clock, push, features). */
  runtime: Runtime
  /** Built H5 app to serve at /; omitted or missing = API only. */
  h5Dir?: string
  logger?: boolean
  /** Largest request body (bytes); CSV imports are the biggest legitimate bodies. */
  bodyLimit?: number
  /** Where H5 attachments are stored (POST /upload, GET /files/:id); default a folder in the OS temp dir. */
  uploadDir?: string
}

/** The local gateway: the built H5 app and every cloud function at POST /api/<function>. */
export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
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

  // Functions take JSON only; anything else is refused with a clear message.
  app.removeContentTypeParser('text/plain')

  app.get('/healthz', async () => ({ ok: true }))

  app.post<{ Params: { fn: string } }>('/api/:fn', async (req, reply) => {
    const fn = options.functions.get(req.params.fn)
    if (!fn) return reply.status(404).send(fail('UNKNOWN_FUNCTION'))
    const auth = req.headers.authorization
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined
    // The caller's identity comes from the header only; the body is the event, never the user.
    const context: GatewayContext = { lianshe: { sessionToken: token || undefined, runtime: options.runtime } }
    const result = (await fn.main(req.body ?? {}, context)) as { ok: boolean; code?: ErrorCode }
    reply.header('cache-control', 'no-store')
    return reply.status(result.ok ? 200 : (STATUS[result.code as ErrorCode] ?? 400)).send(result)
  })

  await registerUploads(app, {
    functions: options.functions,
    runtime: options.runtime,
    dir: options.uploadDir ?? path.join(tmpdir(), 'lianshe-uploads'),
  })

  const h5Dir = options.h5Dir
  if (h5Dir && existsSync(path.join(h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, { root: h5Dir, index: 'index.html' })
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
