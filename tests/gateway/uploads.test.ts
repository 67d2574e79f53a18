import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { loadFunctions } from '../../gateway/functions'
import { createGateway } from '../../gateway/server'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'

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
  const dir = mkdtempSync(path.join(tmpdir(), 'lianshe-uploads-test-'))
  beforeAll(async () => {
    app = await createGateway({ functions: await loadFunctions(), runtime: ctx.runtime, uploadDir: dir })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
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
})
