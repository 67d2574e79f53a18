import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { STORABLE } from '../contract/define'
import { ATTACHMENT_LIMIT_BYTES } from '../contract/demands'
import { REPORT_HINT, REPORT_LIMIT_BYTES } from '../contract/lab'
import { fail, type Envelope } from '../contract/errors'
import { fileKindsOf } from '../server/core/feature'
import type { GatewayContext } from '../server/core/identity'
import { log } from '../server/core/log'
import type { Runtime } from '../server/core/runtime'
import { ALLOWED_HINT, attachmentProblem, mimeOfName, sniffMime } from '../server/files/types'
import type { LoadedFunction } from './functions'

const MISSING = '文件不存在或已被删除'

/**
 * Attachments on H5 (weapp uses WeChat's cloud storage), kept in PostgreSQL (`uploads.data`), so
 * every gateway on one database serves every file and one backup holds the data and its files.
 * POST /upload stores one file for the caller — who may upload is the router's answer
 * (demands.uploadAs: signed in, not disabled, one-time password changed); name, size and type
 * (by the file's own first bytes) are checked before anything is written. A lab report (header
 * `x-upload-purpose: lab-report`) is a PDF of at most 20 MB, proven by its bytes.
 * GET /files/<kind>/<id> serves a file only after the feature owning that kind (its manifest's
 * `files`: demands' attachments, lab's reports, sharing's 红链贷 materials) said, through its own
 * action, that the caller may read it. Every refusal is the app's envelope in Chinese.
 */
export async function registerUploads(
  app: FastifyInstance,
  o: { functions: Map<string, LoadedFunction>; runtime: Runtime; legacyDir?: string },
) {
  if (o.legacyDir) await readLegacyFiles(o.runtime, o.legacyDir)
  const fileKinds = fileKindsOf(o.runtime.features)
  const tokenOf = (req: FastifyRequest) => {
    const auth = req.headers.authorization
    return auth?.startsWith('Bearer ') ? auth.slice(7).trim() || undefined : undefined
  }
  const call = async (fn: string, action: string, input: unknown, req: FastifyRequest) => {
    const f = o.functions.get(fn)
    if (!f) return fail('UNKNOWN_FUNCTION')
    const context: GatewayContext = {
      lianshe: { sessionToken: tokenOf(req), clientAddress: req.ip, runtime: o.runtime },
    }
    return (await f.main({ action, input }, context)) as Envelope<any>
  }
  const STATUS: Record<string, number> = {
    UNAUTHENTICATED: 401,
    SESSION_EXPIRED: 401,
    FORBIDDEN: 403,
    PASSWORD_CHANGE_REQUIRED: 403,
    NOT_FOUND: 404,
    INTERNAL: 500,
  }

  await app.register(async (scope) => {
    // Any body type here, as raw bytes, and nothing over the largest limit (a lab report's);
    // each kind of file is then held to its own.
    const largest = Math.max(ATTACHMENT_LIMIT_BYTES, REPORT_LIMIT_BYTES)
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: largest }, (_req, body, done) => done(null, body))
    scope.setErrorHandler((error: { code?: string; statusCode?: number }, req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply.status(413).send(fail('BAD_REQUEST', '文件不能超过 20 MB，请压缩后再上传'))
      if (error.statusCode && error.statusCode < 500) return reply.status(400).send(fail('BAD_REQUEST'))
      req.log.error({ error: String(error) }, 'upload route failed')
      return reply.status(500).send(fail('INTERNAL'))
    })

    scope.post('/upload', async (req, reply) => {
      const name = fileNameOf(req.headers['x-file-name'])
      if (typeof name !== 'string') return reply.status(400).send(fail('BAD_REQUEST', name.problem))
      const who = await call('demands', 'uploadAs', {}, req)
      if (!who.ok) return reply.status(STATUS[who.code] ?? 400).send(who)
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      const report = req.headers['x-upload-purpose'] === 'lab-report'
      if (report && (!/\.pdf$/i.test(name) || body.length > REPORT_LIMIT_BYTES || !body.length))
        return reply.status(400).send(fail('BAD_REQUEST', `「${name}」不能作为检测报告：${REPORT_HINT}`))
      if (!report && body.length > ATTACHMENT_LIMIT_BYTES)
        return reply.status(413).send(fail('BAD_REQUEST', '附件不能超过 10 MB，请压缩后再上传'))
      const problem = report ? null : attachmentProblem(name, body.length)
      if (problem) return reply.status(400).send(fail('BAD_REQUEST', problem))
      const mime = sniffMime(body.subarray(0, 16), name)
      if (!mime || mime !== mimeOfName(name))
        return reply.status(400).send(fail('BAD_REQUEST', `文件内容与类型不符：${name}（${ALLOWED_HINT}）`))
      const key = randomUUID()
      const db = await o.runtime.database()
      // One statement: the file and its record are written together, or not at all.
      await db
        .insertInto('uploads')
        .values({
          key,
          owner_id: who.data.userId,
          name,
          mime,
          size: body.length,
          data: body,
          created_at: o.runtime.now(),
        })
        .execute()
      return { ok: true, data: { fileId: `upload:${key}`, name, size: body.length, mime } }
    })

    /**
     * Reading a file: ONE check for every feature. The feature that owns files of this kind (its
     * manifest's `files`) is asked, as the caller, through its own action — the router applies
     * that action's declared access — and the upload its answer names is served. The gateway
     * knows no feature's tables. /files/<id> is a demand attachment (links already sent).
     */
    const serveFile = async (kind: string, rawId: string, reply: FastifyReply, req: FastifyRequest) => {
      const id = Number(rawId)
      const owner = fileKinds.get(kind)
      if (!owner || !/^\d{1,10}$/.test(rawId) || !Number.isInteger(id) || id < 1 || id > 2_147_483_647)
        return reply.status(404).send(fail('NOT_FOUND', MISSING))
      const allowed = await call(owner.feature, owner.action, { [owner.idField]: id }, req)
      if (!allowed.ok) return reply.status(STATUS[allowed.code] ?? 400).send(allowed)
      const grant = allowed.data as { name: string; mime: string; fileId: string }
      const key = grant.fileId.startsWith('upload:') ? grant.fileId.slice('upload:'.length) : null
      const db = await o.runtime.database()
      const row = key ? await db.selectFrom('uploads').select('data').where('key', '=', key).executeTakeFirst() : null
      if (!row?.data) return reply.status(404).send(fail('NOT_FOUND', MISSING))
      reply
        .header('content-type', grant.mime)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(grant.name)}`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
      return reply.send(Buffer.from(row.data))
    }
    scope.get<{ Params: { kind: string; id: string } }>('/files/:kind/:id', (req, reply) =>
      serveFile(req.params.kind, req.params.id, reply, req),
    )
    scope.get<{ Params: { id: string } }>('/files/:id', (req, reply) => serveFile('demands', req.params.id, reply, req))
  })
}

/**
 * The file name the client sends (x-file-name, URI-encoded), or why it is refused: missing, not
 * decodable, or holding what the database cannot store or a header must not carry (NUL and other
 * control characters, unpaired surrogates). Checked before anything else is done.
 */
function fileNameOf(header: string | string[] | undefined): string | { problem: string } {
  if (typeof header !== 'string' || !header.trim()) return { problem: '请提供文件名' }
  let name: string
  try {
    name = decodeURIComponent(header)
  } catch {
    return { problem: '文件名编码不正确，请重新选择文件' }
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
  if (!STORABLE.test(name) || /[\u0000-\u001f\u007f]/.test(name))
    return { problem: '文件名含有无法保存的字符（如空字符），请改名后重新上传' }
  name = name.trim().slice(0, 120)
  return name ? name : { problem: '请提供文件名' }
}

/**
 * Uploads stored on the gateway's disk before they moved into the database (migration 0060):
 * read into their rows at start, once (rows already holding their data are skipped).
 */
async function readLegacyFiles(runtime: Runtime, dir: string) {
  if (!existsSync(dir)) return
  const db = await runtime.database()
  const pending = await db.selectFrom('uploads').select('key').where('data', 'is', null).execute()
  let moved = 0
  for (const { key } of pending) {
    const file = path.join(dir, key)
    if (!/^[0-9a-f-]{36}$/.test(key) || !existsSync(file)) continue
    const data = await readFile(file)
    await db.updateTable('uploads').set({ data }).where('key', '=', key).where('data', 'is', null).execute()
    moved++
  }
  if (moved) log.info('uploads read into the database', { moved, dir })
}
