import type { AttachmentInput } from '../../contract/demands'
import { attachmentProblem } from '../../contract/files'
import { getSessionToken } from '../services/session'

// H5: files go to the gateway (POST /upload) and come back through it (GET /files/<id>, which
// checks the viewer may see the demand); the session token rides in the Authorization header.
const API_BASE = process.env.TARO_APP_API_BASE || ''
const auth = (): Record<string, string> => {
  const token = getSessionToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

function chooseFiles(accept: string): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = true
    input.style.display = 'none'
    input.setAttribute('aria-label', '选择附件')
    input.onchange = () => {
      resolve(Array.from(input.files ?? []))
      input.remove()
    }
    document.body.appendChild(input)
    input.click()
  })
}

/** Choose photos (or files) and upload each; a refused file stops with its Chinese reason. */
export async function pickAttachments(kind: 'image' | 'file'): Promise<AttachmentInput[]> {
  const files = await chooseFiles(kind === 'image' ? 'image/jpeg,image/png,image/webp' : '.pdf,.doc,.docx,.xls,.xlsx')
  const out: AttachmentInput[] = []
  for (const f of files) {
    const problem = attachmentProblem(f.name, f.size)
    if (problem) throw new Error(problem)
    const res = await fetch(`${API_BASE}/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(f.name), ...auth() },
      body: f,
    }).catch(() => null)
    const body = (await res?.json().catch(() => null)) as {
      ok: boolean
      message?: string
      data?: AttachmentInput
    } | null
    if (!body?.ok || !body.data) throw new Error(body?.message ?? '上传失败，请检查网络后重试')
    out.push(body.data)
  }
  return out
}

const srcs = new Map<number, Promise<string | null>>()
/** An attachment as a URL the page can show (a blob URL: the download needs the token). */
export function attachmentSrc(a: { id: number }): Promise<string | null> {
  let p = srcs.get(a.id)
  if (!p) {
    p = fetch(`${API_BASE}/files/${a.id}`, { headers: auth() })
      .then(async (r) => (r.ok ? URL.createObjectURL(await r.blob()) : null))
      .catch(() => null)
    srcs.set(a.id, p)
  }
  return p
}

export async function openAttachment(a: { id: number; name: string }): Promise<void> {
  const src = await attachmentSrc(a)
  if (!src) throw new Error('附件无法打开')
  const link = document.createElement('a')
  link.href = src
  link.target = '_blank'
  link.download = a.name
  link.click()
}

/** A lab report (共享实验室): one PDF of at most 20 MB, uploaded as such (the gateway checks its bytes). */
export async function pickReport(): Promise<AttachmentInput | null> {
  const [f] = await chooseFiles('.pdf,application/pdf')
  if (!f) return null
  if (!/\.pdf$/i.test(f.name) || f.size > 20 * 1024 * 1024) throw new Error('检测报告只能上传 PDF 文件，且不超过 20 MB')
  const res = await fetch(`${API_BASE}/upload`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(f.name),
      'x-upload-purpose': 'lab-report',
      ...auth(),
    },
    body: f,
  }).catch(() => null)
  const body = (await res?.json().catch(() => null)) as { ok: boolean; message?: string; data?: AttachmentInput } | null
  if (!body?.ok || !body.data) throw new Error(body?.message ?? '上传失败，请检查网络后重试')
  return body.data
}

/**
 * Open a file a feature owns (/files/<kind>/<id>: the gateway asks that feature whether this
 * caller may read it). A refusal's Chinese words are what the person is told.
 */
async function openFile(kind: string, id: number, name: string, failed: string): Promise<void> {
  const r = await fetch(`${API_BASE}/files/${kind}/${id}`, { headers: auth() }).catch(() => null)
  if (!r?.ok) {
    const body = (await r?.json().catch(() => null)) as { message?: string } | null
    throw new Error(body?.message ?? failed)
  }
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await r.blob())
  link.target = '_blank'
  link.download = name
  link.click()
}

/** Open an order's report (its enterprise or the lab's staff). */
export const openReport = (orderId: number, name: string) => openFile('lab', orderId, name, '报告无法打开')

/** Open a 红链贷 material (the applying enterprise or the application's bank). */
export const openLoanFile = (f: { id: number; name: string }) => openFile('sharing', f.id, f.name, '材料无法打开')
