import type { FastifyInstance } from 'fastify'
import { loadFunctions } from '../../gateway/functions'
import { createGateway } from '../../gateway/server'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { lastingToken } from '../helpers/grants'

// A small real JPEG header and a PNG header: the gateway checks a file's first bytes, not its name alone.
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  Buffer.alloc(2000, 7),
])
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)])

describeEachDatabase('gateway: H5 attachments', (ctx) => {
  withDemoContent(ctx)
  let app: FastifyInstance
  let base = ''
  beforeAll(async () => {
    app = await createGateway({ functions: await loadFunctions(), runtime: ctx.runtime })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await app.close()
  })
  const upload = async (body: Buffer, name: string, token?: string) => {
    const res = await fetch(`${base}/upload`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: new Uint8Array(body),
    })
    return { status: res.status, json: (await res.json()) as any }
  }

  test('upload, attach to a demand, and download only for those who may see it', async () => {
    const enterprise = await ctx.demoToken((await import('../../cloudfunctions/user/index')).main, 'enterprise')
    const worker = await ctx.demoToken((await import('../../cloudfunctions/user/index')).main, 'worker')
    const staff = await ctx.demoToken((await import('../../cloudfunctions/user/index')).main, 'social_worker')

    expect(await upload(JPEG, '现场.jpg')).toMatchObject({ status: 401, json: { ok: false, code: 'UNAUTHENTICATED' } })
    const up = await upload(JPEG, '现场.jpg', enterprise)
    expect(up).toMatchObject({
      status: 200,
      json: { ok: true, data: { name: '现场.jpg', size: JPEG.length, mime: 'image/jpeg' } },
    })
    expect(up.json.data.fileId).toMatch(/^upload:[0-9a-f-]{36}$/)

    // Refused: too big, a type not allowed, content that is not what the name says.
    const big = await upload(Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]), '大图.jpg', enterprise)
    expect(big).toMatchObject({ status: 413, json: { ok: false, message: '附件不能超过 10 MB，请压缩后再上传' } })
    expect(await upload(Buffer.from('MZ....'), 'setup.exe', enterprise)).toMatchObject({
      status: 400,
      json: { message: expect.stringContaining('不支持的附件类型：setup.exe') },
    })
    expect(await upload(PNG, '伪装.jpg', enterprise)).toMatchObject({
      status: 400,
      json: { message: expect.stringContaining('文件内容与类型不符') },
    })

    const { main: demands } = await import('../../cloudfunctions/demands/index')
    const options = await ctx.invokeOk(demands, 'options', {}, enterprise)
    const filed = await ctx.invokeOk(
      demands,
      'file',
      {
        enterpriseId: options.enterprises[0].id,
        category: 'equipment',
        title: '空压机漏气需要更新',
        description: '车间空压机老化漏气，附现场照片，申请设备更新补贴。',
        contactName: '张建国',
        contactPhone: '13812345604',
        attachments: [{ ...up.json.data, name: '随便写.jpg', size: 1 }],
      },
      enterprise,
    )
    // The gateway's record describes the file, not what the client claimed.
    expect(filed.attachments).toEqual([expect.objectContaining({ name: '现场.jpg', size: JPEG.length, image: true })])
    const id = filed.attachments[0].id
    const get = (token?: string) =>
      fetch(`${base}/files/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
    const mine = await get(enterprise)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await mine.arrayBuffer()).equals(JPEG)).toBe(true)
    expect((await get(staff)).status).toBe(200)
    expect((await get(worker)).status).toBe(404)
    expect((await get()).status).toBe(401)
    // Someone else's upload cannot be attached.
    const again = await ctx.invoke(
      demands,
      'file',
      {
        enterpriseId: options.enterprises[0].id,
        category: 'equipment',
        title: '重复使用附件',
        description: '试图再次使用同一个附件的诉求。',
        contactName: '张建国',
        contactPhone: '13812345604',
        attachments: [up.json.data],
      },
      enterprise,
    )
    expect(again).toMatchObject({ ok: false, message: '附件「现场.jpg」已经用过了，请重新上传' })
    const other = await upload(JPEG, '别人的.jpg', worker)
    const stolen = await ctx.invoke(
      demands,
      'file',
      {
        enterpriseId: options.enterprises[0].id,
        category: 'equipment',
        title: '用别人的附件',
        description: '试图使用别人上传的附件的诉求。',
        contactName: '张建国',
        contactPhone: '13812345604',
        attachments: [other.json.data],
      },
      enterprise,
    )
    expect(stolen).toMatchObject({ ok: false, message: '附件「别人的.jpg」不存在或不是你上传的，请重新上传' })
  })

  // Issue 22: what a hostile client found.
  const uploadsCount = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('uploads')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const person = async () => {
    const { id } = await ctx.db
      .insertInto('users')
      .values({
        role: 'worker',
        display_name: '上传测试',
        community_id: null,
        onboarded_at: new Date('2026-11-20T00:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { id, token: await lastingToken(ctx.db, id) }
  }

  test('a NUL (or any control character) in the file name: a Chinese refusal, nothing written', async () => {
    ctx.setNow(new Date('2026-11-23T02:00:00Z'))
    const { token } = await person()
    const before = await uploadsCount()
    for (const raw of ['a%00b.pdf', 'a%0Ab.jpg', '%ED%A0%80.jpg', '%E0%A4%A.jpg']) {
      const res = await fetch(`${base}/upload`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': raw, authorization: `Bearer ${token}` },
        body: new Uint8Array(JPEG),
      })
      const json = (await res.json()) as { ok: boolean; code: string; message: string }
      expect({ raw, status: res.status, ok: json.ok, code: json.code }).toEqual({
        raw,
        status: 400,
        ok: false,
        code: 'BAD_REQUEST',
      })
      expect(json.message).toMatch(/文件名/)
    }
    expect(await uploadsCount()).toBe(before)
  })

  test('POST /upload follows the rules of the functions: one-time password first, disabled accounts refused', async () => {
    ctx.setNow(new Date('2026-11-23T02:00:00Z'))
    const staff = await person()
    await ctx.db.updateTable('users').set({ must_change_password: true }).where('id', '=', staff.id).execute()
    const before = await uploadsCount()
    expect(await upload(JPEG, '现场.jpg', staff.token)).toMatchObject({
      status: 403,
      json: { ok: false, code: 'PASSWORD_CHANGE_REQUIRED' },
    })
    const disabled = await person()
    await ctx.db.updateTable('users').set({ disabled: true }).where('id', '=', disabled.id).execute()
    expect(await upload(JPEG, '现场.jpg', disabled.token)).toMatchObject({
      status: 403,
      json: { ok: false, code: 'FORBIDDEN', message: '该账号已停用，请联系所在社区社工或管理员' },
    })
    expect(await uploadsCount()).toBe(before)
  })

  test('a missing file is a Chinese 404 in the app’s envelope', async () => {
    ctx.setNow(new Date('2026-11-23T02:00:00Z'))
    const enterprise = await ctx.demoToken((await import('../../cloudfunctions/user/index')).main, 'enterprise')
    const up = await upload(JPEG, '将被删除.jpg', enterprise)
    const { main: demands } = await import('../../cloudfunctions/demands/index')
    const options = await ctx.invokeOk(demands, 'options', {}, enterprise)
    const filed = await ctx.invokeOk(
      demands,
      'file',
      {
        enterpriseId: options.enterprises[0].id,
        category: 'equipment',
        title: '附件随后丢失的诉求',
        description: '附件的文件随后被删除，下载时应得到中文提示。',
        contactName: '张建国',
        contactPhone: '13812345604',
        attachments: [up.json.data],
      },
      enterprise,
    )
    await ctx.db.deleteFrom('uploads').where('key', '=', up.json.data.fileId.slice('upload:'.length)).execute()
    const gone = await fetch(`${base}/files/${filed.attachments[0].id}`, {
      headers: { authorization: `Bearer ${enterprise}` },
    })
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({ ok: false, code: 'NOT_FOUND', message: '文件不存在或已被删除' })
    for (const bad of ['abc', '0', '99999999999', '1.5']) {
      const r = await fetch(`${base}/files/${bad}`, { headers: { authorization: `Bearer ${enterprise}` } })
      expect({ bad, status: r.status, body: await r.json() }).toEqual({
        bad,
        status: 404,
        body: { ok: false, code: 'NOT_FOUND', message: '文件不存在或已被删除' },
      })
    }
  })

  test('hostile upload headers: never a 5xx, always the envelope in Chinese, nothing written when refused', async () => {
    ctx.setNow(new Date('2026-11-23T02:00:00Z'))
    const { token } = await person()
    const cases: { what: string; headers: Record<string, string>; body?: Uint8Array; stores?: boolean }[] = [
      { what: 'no name', headers: {} },
      { what: 'empty name', headers: { 'x-file-name': '' } },
      { what: 'spaces', headers: { 'x-file-name': '%20%20' } },
      { what: 'NUL', headers: { 'x-file-name': '%00' } },
      { what: 'NUL in the middle', headers: { 'x-file-name': 'a%00b.pdf' } },
      { what: 'CRLF', headers: { 'x-file-name': 'a%0D%0ASet-Cookie%3A%20x.jpg' } },
      { what: 'bad escape', headers: { 'x-file-name': '%E4%B8' } },
      { what: 'lone surrogate', headers: { 'x-file-name': '%ED%B0%80.jpg' } },
      { what: 'overlong UTF-8', headers: { 'x-file-name': '%C0%AE%C0%AE%2F.jpg' } },
      { what: 'very long', headers: { 'x-file-name': encodeURIComponent(`${'长'.repeat(1400)}.jpg`) } },
      { what: 'latin-1 bytes (only a name)', headers: { 'x-file-name': 'Ã©.jpg' }, stores: true },
      { what: 'traversal (only a name)', headers: { 'x-file-name': '..%2F..%2Fetc%2Fpasswd.jpg' }, stores: true },
      {
        what: 'json body',
        headers: { 'x-file-name': 'a.jpg', 'content-type': 'application/json' },
        body: new TextEncoder().encode('{"x":1}'),
      },
      {
        what: 'form body',
        headers: { 'x-file-name': 'a.jpg', 'content-type': 'multipart/form-data; boundary=x' },
        stores: true,
      },
      { what: 'no body', headers: { 'x-file-name': 'a.jpg' }, body: new Uint8Array(0) },
      { what: 'huge bearer', headers: { 'x-file-name': 'a.jpg', authorization: `Bearer ${'x'.repeat(6000)}` } },
      { what: 'not bearer', headers: { 'x-file-name': 'a.jpg', authorization: 'Basic YTpi' } },
    ]
    for (const c of cases) {
      const before = await uploadsCount()
      const res = await fetch(`${base}/upload`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          authorization: `Bearer ${token}`,
          ...c.headers,
        },
        body: (c.body ?? new Uint8Array(JPEG)) as BodyInit,
      })
      const text = await res.text()
      const json = JSON.parse(text) as { ok: boolean; message?: string }
      expect({ what: c.what, fiveHundred: res.status >= 500 }).toEqual({ what: c.what, fiveHundred: false })
      if (c.stores) {
        expect({ what: c.what, ok: json.ok }).toEqual({ what: c.what, ok: true })
        continue
      }
      expect({ what: c.what, ok: json.ok, chinese: /[\u4e00-\u9fff]/.test(json.message ?? '') }).toEqual({
        what: c.what,
        ok: false,
        chinese: true,
      })
      expect({ what: c.what, written: (await uploadsCount()) - before }).toEqual({ what: c.what, written: 0 })
    }
  })
})
