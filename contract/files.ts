import { ATTACHMENT_LIMIT_BYTES, ATTACHMENT_TYPES, type AttachmentMime } from './demands'

// What files people may attach (photos and office documents), checked by name, type and size on
// both sides; the gateway also checks an upload's own first bytes (server/files/types.ts).

export const ALLOWED_HINT = '可上传 JPG、PNG、WEBP 图片和 PDF、Word、Excel 文件'

export const extensionOf = (name: string) => (name.includes('.') ? name.split('.').pop()!.toLowerCase() : '')

/** The allowed type a file name stands for, or null. */
export function mimeOfName(name: string): AttachmentMime | null {
  const ext = extensionOf(name)
  for (const [mime, exts] of Object.entries(ATTACHMENT_TYPES)) {
    if ((exts as readonly string[]).includes(ext)) return mime as AttachmentMime
  }
  return null
}

/** Why a file may not be attached, in Chinese, or null. */
export function attachmentProblem(name: string, size: number, declaredMime?: string): string | null {
  const mime = mimeOfName(name)
  if (!mime || (declaredMime && declaredMime !== mime && !(declaredMime === 'image/jpg' && mime === 'image/jpeg')))
    return `不支持的附件类型：${name}（${ALLOWED_HINT}）`
  if (size > ATTACHMENT_LIMIT_BYTES) return `附件「${name}」超过 10 MB，请压缩后再上传`
  if (size <= 0) return `附件「${name}」是空文件`
  return null
}

export const isImage = (mime: string) => mime.startsWith('image/')

/**
 * Where a person's files go in WeChat cloud storage: `<folder>/u<userId>/…`. The server attaches
 * a client-declared `cloud://` file only when it lies in the caller's own folder (ownsCloudFile),
 * so a file id seen on someone else's record cannot be attached to another one.
 */
export const cloudPathFor = (folder: string, userId: number, ext: string) =>
  `${folder}/u${userId}/${Date.now()}-${Math.random().toString(36).slice(2)}${ext ? `.${ext}` : ''}`

/** A `cloud://<env>/<folder>/u<userId>/<name>` file id in the caller's own folder. */
export function ownsCloudFile(fileId: string, userId: number): boolean {
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)
  if (!m) return false
  const parts = m[1].split('/')
  return parts.length >= 3 && parts[1] === `u${userId}` && !parts.some((p) => p === '' || p === '.' || p === '..')
}
