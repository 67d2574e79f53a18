import { DEMAND_CHANNELS } from '../../contract/visits'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { bigrams } from '../../server/text/bigrams'
import { enterpriseFiler } from './domain/access'
import { fileDemand } from './domain/lifecycle'
import { partyGuides } from './domain/recipients'
import { notifyAll } from '../../server/notify/queue'
import { presentFor } from './domain/present'
import { clockFrom, slaMinutes } from './domain/sla'

/**
 * 企业点单: the liaison files a demand for their enterprise; it goes to the enterprise's grid.
 * 代报: a 社工 of the enterprise's community files it on the enterprise's behalf, saying how it
 * came in (走访 with the visit it was found on, 来电, 来访); the same demand, marked as such, and
 * the enterprise's liaisons are told and asked to confirm or correct it.
 */
export const file = handler('demands', 'file', {
  access: enterpriseFiler('enterpriseId'),
  async run(ctx, input) {
    const e = ctx.target
    const onBehalf = !e.liaison
    if (onBehalf && input.channel === 'self') refuse('BAD_REQUEST', '代企业提交请选择来源：走访、来电或来访')
    // A liaison files for their own enterprise; 代报 is a 社工's act.
    if (!onBehalf && input.channel !== 'self') refuse('BAD_REQUEST', '企业联络员直接提交诉求即可，无需选择代报来源')
    if (input.channel === 'visit' && input.visitId === undefined)
      refuse('BAD_REQUEST', '走访代报请从走访记录提交（缺少走访记录）')
    if (input.channel !== 'visit' && input.visitId !== undefined) refuse('BAD_REQUEST', '只有走访代报可以关联走访记录')
    if (input.visitId !== undefined) {
      const v = await ctx.db
        .selectFrom('visits')
        .select(['enterprise_id', 'status'])
        .where('id', '=', input.visitId)
        .executeTakeFirst()
      if (!v || v.enterprise_id !== e.id) refuse('BAD_REQUEST', `该走访记录不是${e.name}的`)
      if (v!.status !== 'done') refuse('BAD_REQUEST', '请先记录这次走访，再代报走访中发现的诉求')
    }
    const { dueAt, remindAt } = clockFrom(ctx.now, slaMinutes(input.urgency, input.category))
    const d = await fileDemand(
      ctx,
      {
        community_id: e.community_id,
        grid_id: e.grid_id,
        enterprise_id: e.id,
        filed_by: ctx.user.id,
        category: input.category,
        urgency: input.urgency,
        title: input.title,
        description: input.description,
        contact_name: input.contactName,
        contact_phone: input.contactPhone,
        filed_at: ctx.now,
        due_at: dueAt,
        remind_at: remindAt,
        terms: bigrams(`${input.title} ${input.description}`),
        channel: input.channel,
        visit_id: input.visitId ?? null,
      },
      onBehalf
        ? {
            id: ctx.user.id,
            label: `${e.community_name} 社工 ${ctx.user.display_name}（代报·${DEMAND_CHANNELS[input.channel]}）`,
          }
        : { id: ctx.user.id, label: e.name },
      input.attachments,
      onBehalf
        ? { kind: 'filed_on_behalf', note: `${DEMAND_CHANNELS[input.channel]}代报，请企业联络员确认或更正` }
        : undefined,
    )
    // Where the community uses 党建指导员 (北仑's 传单 step), they hear of each new demand too.
    const guides = (await partyGuides(ctx.db, e.community_id)).filter((g) => g !== ctx.user.id)
    await notifyAll(
      ctx,
      guides.map((userId) => ({
        userId,
        kind: 'demand_todo' as const,
        data: { title: d.title, step: '新诉求，可传单至网格社工', due: '' },
        page: `/subpackages/demands/detail?id=${d.id}`,
        event: `demand:${d.id}:guide`,
      })),
    )
    return presentFor(ctx, d.id)
  },
})
