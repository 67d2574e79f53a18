import type { FastifyInstance } from 'fastify'
import { main as demands } from '../../cloudfunctions/demands/index'
import { main as sharing } from '../../cloudfunctions/sharing/index'
import { loadFunctions } from '../../gateway/functions'
import { createGateway } from '../../gateway/server'
import { describeEachDatabase } from '../helpers/databases'
import { personWith } from '../helpers/grants'

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 32)])

// Reading a file goes through ONE check: /files/<kind>/<id> asks the feature that owns the kind
// (its manifest's `files`) through its own action. 红链贷 materials: the applying enterprise and the
// application's bank read them; another bank or enterprise is refused in Chinese.
describeEachDatabase('gateway: 红链贷 materials through the one file check', (ctx) => {
  let app: FastifyInstance
  let base = ''
  const who = {} as Record<'liaison' | 'otherLiaison' | 'bankA' | 'bankB' | 'worker', { id: number; token: string }>
  let fileId = 0
  beforeAll(async () => {
    ctx.setNow(new Date('2026-11-23T10:00:00+08:00'))
    app = await createGateway({ functions: await loadFunctions(), runtime: ctx.runtime })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
    const { id: communityId } = await ctx.db
      .insertInto('communities')
      .values({ code: 'T-LF', name: '灵峰工业社区', district: '北仑区', street: '大碶街道', lng: 121.8, lat: 29.9 })
      .returning('id')
      .executeTakeFirstOrThrow()
    const bank = async (code: string, name: string) =>
      (
        await ctx.db
          .insertInto('departments')
          .values({ code, name, kind: 'member_unit', created_at: new Date() })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    const bankA = await bank('T-A', '甲银行北仑支行')
    const bankB = await bank('T-B', '乙银行北仑支行')
    const firm = async (i: number) =>
      (
        await ctx.db
          .insertInto('enterprises')
          .values({
            name: `测试企业${i}`,
            credit_code: `91330206TEST000${i}X`,
            community_id: communityId,
            industry: '精密轴承',
            created_at: new Date(),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    const [e1, e2] = [await firm(1), await firm(2)]
    who.liaison = await personWith(ctx.db, 'enterprise', { enterpriseId: e1 }, '联络员')
    who.otherLiaison = await personWith(ctx.db, 'enterprise', { enterpriseId: e2 }, '别家联络员')
    who.bankA = await personWith(ctx.db, 'bank', { departmentId: bankA }, '甲行')
    who.bankB = await personWith(ctx.db, 'bank', { departmentId: bankB }, '乙行')
    who.worker = await personWith(ctx.db, 'social_worker', { communityId }, '社工')
    const programme = await ctx.invokeOk(
      sharing,
      'saveProgramme',
      { communityId, name: '红链贷', capYuan: 5_000_000, bankIds: [bankA, bankB] },
      who.worker.token,
    )
    const loan = await ctx.invokeOk(
      sharing,
      'applyLoan',
      { programmeId: programme.id, enterpriseId: e1, amountYuan: 1_000_000, purpose: '购置磨床', bankId: bankA },
      who.liaison.token,
    )
    await ctx.invokeOk(sharing, 'bankAct', { loanId: loan.id, act: 'accept' }, who.bankA.token)
    await ctx.invokeOk(sharing, 'bankAct', { loanId: loan.id, act: 'request', note: '请补充财务报表' }, who.bankA.token)
    const up = await fetch(`${base}/upload`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('财务报表.pdf'),
        authorization: `Bearer ${who.liaison.token}`,
      },
      body: new Uint8Array(PDF),
    })
    const file = ((await up.json()) as { data: { fileId: string; name: string; size: number; mime: string } }).data
    const after = await ctx.invokeOk(sharing, 'addLoanFiles', { loanId: loan.id, files: [file] }, who.liaison.token)
    fileId = after.files[0].id
  }, 60_000)
  afterAll(async () => {
    await app.close()
    ctx.setNow(null)
  })
  const read = (path: string, token?: string) =>
    fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })

  test('the applying enterprise and the bank that took the application open the material on H5', async () => {
    for (const token of [who.liaison.token, who.bankA.token]) {
      const r = await read(`/files/sharing/${fileId}`, token)
      expect(r.status).toBe(200)
      expect(r.headers.get('content-type')).toBe('application/pdf')
      expect(Buffer.from(await r.arrayBuffer()).equals(PDF)).toBe(true)
    }
    // The same check answers weapp (a temporary URL there; the gateway's path here).
    const grant = await ctx.invokeOk(sharing, 'loanFile', { loanFileId: fileId }, who.bankA.token)
    expect(grant).toMatchObject({ name: '财务报表.pdf', url: `/files/sharing/${fileId}` })
  })

  test('another bank, another enterprise, the 社工 and nobody are refused in Chinese', async () => {
    const other = await read(`/files/sharing/${fileId}`, who.bankB.token)
    expect(other.status).toBe(403)
    expect(await other.json()).toMatchObject({ ok: false, message: '这是其他银行的申请，你无权查看其材料' })
    for (const token of [who.otherLiaison.token, who.worker.token]) {
      const r = await read(`/files/sharing/${fileId}`, token)
      expect(r.status).toBe(404)
      expect(await r.json()).toMatchObject({ ok: false, message: '材料不存在或你无权查看' })
    }
    expect((await read(`/files/sharing/${fileId}`)).status).toBe(401)
    expect((await read(`/files/sharing/${fileId + 1000}`, who.liaison.token)).status).toBe(404)
  })

  test('a kind no feature owns, or an id out of range, is not found; a demand attachment is not a loan file', async () => {
    for (const path of [`/files/nothing/${fileId}`, `/files/sharing/0`, `/files/sharing/99999999999`]) {
      const r = await read(path, who.liaison.token)
      expect(r.status).toBe(404)
      expect(await r.json()).toMatchObject({ ok: false, message: '文件不存在或已被删除' })
    }
    // The loan file's id read as a demand attachment: demands' own check answers (no such attachment).
    const asDemand = await read(`/files/demands/${fileId}`, who.liaison.token)
    expect(asDemand.status).toBe(404)
    expect((await ctx.invoke(demands, 'fileAccess', { attachmentId: fileId }, who.liaison.token)).ok).toBe(false)
  })
})
