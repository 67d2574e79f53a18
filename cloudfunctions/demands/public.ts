// What other features may use of 企呼我应 (DESIGN.md §6: features meet through public faces).
// Uploads (the gateway's /upload and WeChat cloud files) are kept here: every feature that takes
// files checks the caller's own upload through this one path. The 零工市场 (jobs) turns an open
// 用工 demand into a posting and notes its hires on the demand.
export { ownUpload } from './domain/attachments'
import { refuse } from '../../server/core/app-error'
import type { TxCtx } from '../../server/core/tx'

const OPEN = ['filed', 'info_requested', 'dispatched', 'accepted'] as const

/** An open 用工 (hiring) demand of the enterprise, as a posting's draft; refused otherwise, in words. */
export async function openHiringDemand(ctx: TxCtx, demandId: number, enterpriseId: number) {
  const d = await ctx.db
    .selectFrom('demands')
    .select(['id', 'enterprise_id', 'category', 'status', 'title', 'description', 'contact_name', 'contact_phone'])
    .where('id', '=', demandId)
    .executeTakeFirst()
  if (!d || d.enterprise_id !== enterpriseId) return refuse('NOT_FOUND', '诉求不存在或不属于本企业')
  if (d.category !== 'hiring') refuse('BAD_REQUEST', '只有“用工”类诉求可以转为招聘岗位')
  if (!(OPEN as readonly string[]).includes(d.status)) refuse('CONFLICT', '该诉求已办结或关闭，不能再转为岗位')
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    contactName: d.contact_name,
    contactPhone: d.contact_phone,
  }
}

/** A 办理进展 entry on the demand (e.g. hires through the 零工市场), in the caller's transaction. */
export async function noteDemandProgress(
  ctx: TxCtx,
  demandId: number,
  actor: { id: number | null; label: string },
  note: string,
) {
  await ctx.db
    .insertInto('demand_events')
    .values({ demand_id: demandId, at: ctx.now, actor_id: actor.id, actor_label: actor.label, kind: 'progress', note })
    .execute()
}
