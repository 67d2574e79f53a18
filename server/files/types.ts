import type { AttachmentMime } from '../../contract/demands'
import { mimeOfName } from '../../contract/files'

// A file's type proven by its first bytes (the gateway's uploads); the rules by name, type and
// size are shared with the client (contract/files.ts).

export { ALLOWED_HINT, attachmentProblem, extensionOf, isImage, mimeOfName } from '../../contract/files'

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
