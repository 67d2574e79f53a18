import type { FastifyInstance } from 'fastify'
import { main as lab } from '../../cloudfunctions/lab/index'
import { main as user } from '../../cloudfunctions/user/index'
import { loadFunctions } from '../../gateway/functions'
import { createGateway } from '../../gateway/server'
import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { personWith } from '../helpers/grants'

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)])
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(500, 1)])

describeEachDatabase('gateway: lab reports', (ctx) => {
  withDemoContent(ctx)
  let app: FastifyInstance
  let base = ''
  beforeAll(async () => {
    ctx.setNow(new Date('2026-11-23T10:00:00+08:00'))
    app = await createGateway({ functions: await loadFunctions(), runtime: ctx.runtime })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await app.close()
    ctx.setNow(null)
  })
  const upload = async (body: Buffer, name: string, token: string) => {
    const res = await fetch(`${base}/upload`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
        'x-upload-purpose': 'lab-report',
        authorization: `Bearer ${token}`,
      },
      body: new Uint8Array(body),
    })
    return { status: res.status, json: (await res.json()) as any }
  }
  const download = (orderId: number, token: string) =>
    fetch(`${base}/files/lab/${orderId}`, { headers: { authorization: `Bearer ${token}` } })

  test('a report is a PDF by its bytes, up to 20 MB, and only its enterprise and the lab download it', async () => {
    const staff = await ctx.demoToken(user, 'lab_staff')
    const liaison = await ctx.demoToken(user, 'enterprise')
    const board = await ctx.invokeOk(
      lab,
      'board',
      { labId: (await ctx.invokeOk(lab, 'labs', {})).items[0].id, status: 'testing' },
      staff,
    )
    const order = board.items[0]

    // A Word file renamed .pdf, a spreadsheet name, and 20 MB + 1 byte: refused before anything is stored.
    expect(await upload(DOCX, '报告.pdf', staff)).toMatchObject({
      status: 400,
      json: { message: expect.stringContaining('文件内容与类型不符') },
    })
    expect(await upload(PDF, '报告.xlsx', staff)).toMatchObject({
      status: 400,
      json: { message: expect.stringContaining('检测报告只能上传 PDF') },
    })
    const tooBig = await upload(Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), '大报告.pdf', staff)
    expect(tooBig).toMatchObject({ status: 413, json: { ok: false, message: '文件不能超过 20 MB，请压缩后再上传' } })

    const big = await upload(PDF, '检测报告.pdf', staff)
    expect(big).toMatchObject({ status: 200, json: { ok: true, data: { mime: 'application/pdf' } } })
    const done = await ctx.invokeOk(lab, 'uploadReport', { orderId: order.id, file: big.json.data }, staff)
    expect(done.status).toBe('reported')

    const mine = await download(order.id, liaison)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await mine.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect((await download(order.id, staff)).status).toBe(200)
    const other = await personWith(ctx.db, 'enterprise', {
      enterpriseId: (
        await ctx.db.selectFrom('enterprises').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()
      ).id,
    })
    const refused = await download(order.id, other.token)
    expect(refused.status).toBe(404)
    expect(((await refused.json()) as any).message).toBe('订单不存在或你无权查看')
  }, 60_000)
})
