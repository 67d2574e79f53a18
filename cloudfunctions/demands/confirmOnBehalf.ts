import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { maskPhone } from '../../server/people/mask'
import { bigrams } from '../../server/text/bigrams'
import { demandFiler } from './domain/access'
import { holderLabel } from './domain/lifecycle'
import { loadDemand } from './domain/load'
import { presentFor } from './domain/present'

const FIELDS = { title: '标题', description: '描述', contactName: '联系人', contactPhone: '联系电话' } as const
type Field = keyof typeof FIELDS
const COLUMN = {
  title: 'title',
  description: 'description',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
} as const

const shown = (f: Field, v: string) => (f === 'contactPhone' ? (maskPhone(v) ?? '') : v)

/**
 * The enterprise's liaison confirms a demand a 社工 took down for it (代报), or corrects its words
 * (title, description, contact) — once. The 社工 who took it down is told; the timeline and the
 * audit log say what changed.
 */
export const confirmOnBehalf = handler('demands', 'confirmOnBehalf', {
  access: demandFiler('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    if (d.channel === 'self') refuse('CONFLICT', '这条诉求是企业自己提交的，无需确认')
    if (d.confirmed_at !== null) refuse('CONFLICT', '这条代报诉求已经确认过了')
    if (d.status === 'merged') refuse('CONFLICT', '该诉求已并入其他诉求，不能再确认或更正')
    const changed = (Object.keys(FIELDS) as Field[]).filter((f) => input[f] !== undefined && input[f] !== d[COLUMN[f]])
    const set: Record<string, unknown> = { confirmed_at: ctx.now, confirmed_by: ctx.user.id, updated_at: ctx.now }
    for (const f of changed) set[COLUMN[f]] = input[f]
    if (changed.includes('title') || changed.includes('description'))
      set.terms = bigrams(`${input.title ?? d.title} ${input.description ?? d.description}`)
    await ctx.db.updateTable('demands').set(set).where('id', '=', d.id).where('confirmed_at', 'is', null).execute()
    const after = await loadDemand(ctx.db, d.id)
    const note = changed.length ? `更正了${changed.map((f) => FIELDS[f]).join('、')}` : '企业确认代报内容无误'
    await ctx.db
      .insertInto('demand_events')
      .values({
        demand_id: d.id,
        at: ctx.now,
        actor_id: ctx.user.id,
        actor_label: d.enterprise_name,
        kind: changed.length ? 'corrected' : 'confirmed',
        note,
        holder_label: await holderLabel(ctx, after),
        due_at: null,
      })
      .execute()
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'demand.confirmOnBehalf',
      subject: { type: 'demand', id: d.id },
      communityId: d.community_id,
      // Phones masked in the log, as everywhere others read it.
      before: Object.fromEntries(changed.map((f) => [f, shown(f, d[COLUMN[f]])])),
      after: Object.fromEntries(changed.map((f) => [f, shown(f, input[f]!)])),
      note,
    })
    if (d.filed_by !== null && d.filed_by !== ctx.user.id)
      await notify(ctx, {
        userId: d.filed_by,
        kind: 'demand_progress',
        data: { title: after.title, step: changed.length ? '企业更正代报' : '企业确认代报', note },
        page: `/subpackages/demands/detail?id=${d.id}`,
        event: `demand:${d.id}:confirmed`,
      })
    return presentFor(ctx, d.id)
  },
})
