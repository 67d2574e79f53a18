import { sql } from 'kysely'
import type { AttachmentInput } from '../../../contract/demands'
import { refuse } from '../../../server/core/app-error'
import type { TxCtx } from '../../../server/core/tx'
import { ownsCloudFile } from '../../../contract/files'
import { attachmentProblem, isImage } from '../../../server/files/types'

/**
 * A file the caller uploaded, described and checked (the one upload path, for every feature that
 * takes files): a gateway upload must be the caller's own and is described by what the gateway
 * recorded; a WeChat cloud file must lie in the caller's own folder (contract/files.ts
 * cloudPathFor) and is described by what the client declares. Type and size are checked.
 */
export async function ownUpload(
  ctx: TxCtx,
  f: { fileId: string; name: string; size: number; mime: string },
  userId: number,
  problemOf: (name: string, size: number, mime: string) => string | null = attachmentProblem,
) {
  let { name, size, mime } = f
  // A gateway upload's first bytes, to judge its type by its content (a renamed file is refused).
  let head: Uint8Array | null = null
  if (f.fileId.startsWith('upload:')) {
    const key = f.fileId.slice('upload:'.length)
    const up = /^[0-9a-f-]{36}$/.test(key)
      ? await ctx.db
          .selectFrom('uploads')
          .select(['owner_id', 'name', 'size', 'mime', sql<Buffer | null>`substring(data from 1 for 16)`.as('head')])
          .where('key', '=', key)
          .executeTakeFirst()
      : undefined
    if (!up || up.owner_id !== userId) refuse('BAD_REQUEST', `附件「${f.name}」不存在或不是你上传的，请重新上传`)
    ;({ name, size, mime } = up!)
    head = up!.head ? new Uint8Array(up!.head) : new Uint8Array()
  }
  const problem = problemOf(name, size, mime)
  if (problem) refuse('BAD_REQUEST', problem)
  if (!f.fileId.startsWith('upload:') && !ownsCloudFile(f.fileId, userId))
    refuse('BAD_REQUEST', `附件「${f.name}」不是你上传的，请重新上传`)
  return { name, size, mime, head }
}

export type AttachmentOwner = { demandId: number; eventId?: number } | { wishId: number } | { visitId: number }

/**
 * Attach uploaded files to a demand (its filing or one step) or a wish. A gateway upload must be
 * the caller's own and is described by what the gateway recorded; a WeChat cloud file must lie in
 * the caller's own folder and is described by what the client declares (checked by name, type
 * and size). A file is attached once.
 */
export async function attach(ctx: TxCtx, owner: AttachmentOwner, files: AttachmentInput[], userId: number) {
  for (const f of files) {
    const { name, size, mime } = await ownUpload(ctx, f, userId)
    const inserted = await ctx.db
      .insertInto('demand_attachments')
      .values({
        demand_id: 'demandId' in owner ? owner.demandId : null,
        event_id: 'demandId' in owner ? (owner.eventId ?? null) : null,
        wish_id: 'wishId' in owner ? owner.wishId : null,
        visit_id: 'visitId' in owner ? owner.visitId : null,
        file_id: f.fileId,
        name,
        mime,
        size,
        uploaded_by: userId,
        created_at: ctx.now,
      })
      .onConflict((oc) => oc.column('file_id').doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) refuse('CONFLICT', `附件「${name}」已经用过了，请重新上传`)
  }
}

export const presentAttachment = (a: { id: number; file_id: string; name: string; size: number; mime: string }) => ({
  id: a.id,
  fileId: a.file_id,
  name: a.name,
  size: a.size,
  mime: a.mime,
  image: isImage(a.mime),
})
