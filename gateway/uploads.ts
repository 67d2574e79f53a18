import { randomUUID } from 'node:crypto'
import { createReadStream, mkdirSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ATTACHMENT_LIMIT_BYTES } from '../contract/demands'
import { fail, type Envelope } from '../contract/errors'
import type { GatewayContext } from '../server/core/identity'
import type { Runtime } from '../server/core/runtime'
import { ALLOWED_HINT, attachmentProblem, mimeOfName, sniffMime } from '../server/files/types'
import type { LoadedFunction } from './functions'

/**
 * Attachments on H5 (weapp uses WeChat's cloud storage): POST /upload stores one file under the
 * data directory for the signed-in caller — size and type checked here, the type by the file's own
 * first bytes — and GET /files/<attachment id> serves it only after the demands function says
 * the caller may see what it is attached to.
 */
export async function registerUploads(
  app: FastifyInstance,
  o: { functions: Map<string, LoadedFunction>; runtime: Runtime; dir: string },
) {
  mkdirSync(o.dir, { recursive: true })
  const tokenOf = (req: FastifyRequest) => {
    const auth = req.headers.authorization
    return auth?.startsWith('Bearer ') ? auth.slice(7).trim() || undefined : undefined
  }
  const call = async (fn: string, action: string, input: unknown, token: string | undefined) => {
    const f = o.functions.get(fn)
    if (!f) return fail('UNKNOWN_FUNCTION')
    const context: GatewayContext = { lianshe: { sessionToken: token, runtime: o.runtime } }
    return (await f.main({ action, input }, context)) as Envelope<any>
  }
  const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, SESSION_EXPIRED: 401, FORBIDDEN: 403, NOT_FOUND: 404 }

  await app.register(async (scope) => {
    // Any body type here, as raw bytes, and nothing over the limit (one byte more is how we tell).
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMIT_BYTES }, (_req, body, done) =>
      done(null, body),
    )
    scope.setErrorHandler((error: { code?: string; statusCode?: number }, _req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply.status(413).send(fail('BAD_REQUEST', '附件不能超过 10 MB，请压缩后再上传'))
      return reply.status(error.statusCode && error.statusCode < 500 ? 400 : 500).send(fail('BAD_REQUEST'))
    })

    scope.post('/upload', async (req, reply) => {
      const token = tokenOf(req)
      const me = await call('user', 'me', {}, token)
      if (!me.ok) return reply.status(STATUS[me.code] ?? 400).send(me)
      let name = ''
      try {
        name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''))
          .trim()
          .slice(0, 120)
      } catch {
        name = ''
      }
      if (!name) return reply.status(400).send(fail('BAD_REQUEST', '请提供文件名'))
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      const problem = attachmentProblem(name, body.length)
      if (problem) return reply.status(400).send(fail('BAD_REQUEST', problem))
      const mime = sniffMime(body.subarray(0, 16), name)
      if (!mime || mime !== mimeOfName(name))
        return reply.status(400).send(fail('BAD_REQUEST', `文件内容与类型不符：${name}（${ALLOWED_HINT}）`))
      const key = randomUUID()
      const file = path.join(o.dir, key)
      await writeFile(`${file}.part`, body)
      await rename(`${file}.part`, file)
      const db = await o.runtime.database()
      await db
        .insertInto('uploads')
        .values({ key, owner_id: me.data.id, name, mime, size: body.length, created_at: o.runtime.now() })
        .execute()
      return { ok: true, data: { fileId: `upload:${key}`, name, size: body.length, mime } }
    })

    scope.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
      const id = Number(req.params.id)
      if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return reply.status(404).send(fail('NOT_FOUND'))
      const allowed = await call('demands', 'fileAccess', { attachmentId: id }, tokenOf(req))
      if (!allowed.ok) return reply.status(STATUS[allowed.code] ?? 400).send(allowed)
      const db = await o.runtime.database()
      const row = await db.selectFrom('demand_attachments').select('file_id').where('id', '=', id).executeTakeFirst()
      if (!row?.file_id.startsWith('upload:')) return reply.status(404).send(fail('NOT_FOUND'))
      const key = row.file_id.slice('upload:'.length)
      if (!/^[0-9a-f-]{36}$/.test(key)) return reply.status(404).send(fail('NOT_FOUND'))
      reply
        .header('content-type', allowed.data.mime)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(allowed.data.name)}`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
      return reply.send(createReadStream(path.join(o.dir, key)))
    })
  })
}
