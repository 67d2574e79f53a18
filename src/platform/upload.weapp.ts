import Taro from '@tarojs/taro'
import type { AttachmentInput } from '../../contract/demands'
import { attachmentProblem, cloudPathFor, extensionOf, mimeOfName } from '../../contract/files'
import { call } from '../services/call'

// weapp: files go to WeChat cloud storage (the file id is stored); opening one asks the demands
// function, which checks the viewer may see the demand and returns a temporary URL.
export async function pickAttachments(kind: 'image' | 'file'): Promise<AttachmentInput[]> {
  const picked: { path: string; size: number; name: string }[] = []
  if (kind === 'image') {
    const r = await Taro.chooseMedia({ count: 9, mediaType: ['image'], sizeType: ['compressed'] }).catch(() => null)
    for (const f of r?.tempFiles ?? [])
      picked.push({
        path: f.tempFilePath,
        size: f.size,
        name: `照片-${Date.now()}.${extensionOf(f.tempFilePath) || 'jpg'}`,
      })
  } else {
    const r = await Taro.chooseMessageFile({
      count: 9,
      type: 'file',
      extension: ['pdf', 'doc', 'docx', 'xls', 'xlsx'],
    }).catch(() => null)
    for (const f of r?.tempFiles ?? []) picked.push({ path: f.path, size: f.size, name: f.name })
  }
  const out: AttachmentInput[] = []
  // Files go to the person's own folder: the server attaches only files from there.
  const me = picked.length ? await call('user', 'me', {}, { loading: false }) : null
  for (const f of picked) {
    const problem = attachmentProblem(f.name, f.size)
    if (problem) throw new Error(problem)
    const up = await Taro.cloud.uploadFile({
      cloudPath: cloudPathFor('demands', me!.id, extensionOf(f.name)),
      filePath: f.path,
    })
    out.push({ fileId: up.fileID, name: f.name, size: f.size, mime: mimeOfName(f.name)! })
  }
  return out
}

export async function attachmentSrc(a: { id: number }): Promise<string | null> {
  const r = await call('demands', 'fileAccess', { attachmentId: a.id }, { loading: false, toast: false }).catch(
    () => null,
  )
  return r?.url ?? null
}

export async function openAttachment(a: { id: number; name: string; mime?: string }): Promise<void> {
  const url = await attachmentSrc(a)
  if (!url) throw new Error('附件无法打开')
  if (a.mime?.startsWith('image/')) return void (await Taro.previewImage({ urls: [url] }))
  const file = await Taro.downloadFile({ url })
  await Taro.openDocument({ filePath: file.tempFilePath, showMenu: true })
}

/** A lab report (共享实验室): one PDF of at most 20 MB, to the person's own cloud folder. */
export async function pickReport(): Promise<AttachmentInput | null> {
  const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] }).catch(() => null)
  const f = r?.tempFiles?.[0]
  if (!f) return null
  if (!/\.pdf$/i.test(f.name) || f.size > 20 * 1024 * 1024) throw new Error('检测报告只能上传 PDF 文件，且不超过 20 MB')
  const me = await call('user', 'me', {}, { loading: false })
  const up = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor('lab', me.id, 'pdf'), filePath: f.path })
  return { fileId: up.fileID, name: f.name, size: f.size, mime: 'application/pdf' }
}

/** Open an order's report: the lab function checks the asker and gives a temporary URL. */
export async function openReport(orderId: number): Promise<void> {
  const r = await call('lab', 'reportAccess', { orderId }, { loading: '正在打开' }).catch(() => null)
  if (!r?.url) throw new Error('报告无法打开')
  const file = await Taro.downloadFile({ url: r.url })
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true })
}

/** Open a 红链贷 material: the sharing function checks the asker (the enterprise or its bank) and gives a temporary URL. */
export async function openLoanFile(f: { id: number; name: string; mime?: string }): Promise<void> {
  const r = await call('sharing', 'loanFile', { loanFileId: f.id }, { loading: '正在打开' }).catch(() => null)
  if (!r?.url) throw new Error('材料无法打开')
  if (r.mime.startsWith('image/')) return void (await Taro.previewImage({ urls: [r.url] }))
  const file = await Taro.downloadFile({ url: r.url })
  await Taro.openDocument({ filePath: file.tempFilePath, showMenu: true })
}
