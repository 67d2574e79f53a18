import { ATTACHMENT_LIMIT_BYTES, ATTACHMENT_TYPES, type AttachmentMime } from '../../contract/demands'

// What files people may attach (photos and office documents), checked by name, declared type
// and — where the bytes are at hand (the gateway's uploads) — by the file's own signature.

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

const starts = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x)

/** The type the file's first bytes prove, among the allowed ones (null: none of them). */
export function sniffMime(head: Uint8Array, name: string): AttachmentMime | null {
  if (starts(head, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts(head, [0x52, 0x49, 0x46, 0x46]) && starts(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  if (starts(head, [0x25, 0x50, 0x44, 0x46])) return 'application/pdf'
  const byName = mimeOfName(name)
  // docx/xlsx are zip files, doc/xls OLE compound files: the name tells which of the two.
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) && byName?.includes('openxmlformats')) return byName
  if (
    starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) &&
    (byName === 'application/msword' || byName === 'application/vnd.ms-excel')
  )
    return byName
  return null
}

export const isImage = (mime: string) => mime.startsWith('image/')
