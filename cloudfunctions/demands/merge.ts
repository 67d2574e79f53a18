import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { demandTriager } from './domain/access'
import { asCommunity } from './domain/actor'
import { assertStep, isOpen, move } from './domain/lifecycle'
import { loadDemand } from './domain/load'
import { presentFor } from './domain/present'

/** Merge a duplicate into another open demand of the same community; its enterprise follows that one. */
export const merge = handler('demands', 'merge', {
  access: demandTriager('demandId'),
  async run(ctx, input) {
    const { demand: d } = ctx.target
    assertStep(d, 'merge')
    if (input.intoId === d.id) refuse('BAD_REQUEST', '不能合并到自身')
    const into = await loadDemand(ctx.db, input.intoId, true)
    if (into.community_id !== d.community_id) refuse('BAD_REQUEST', '只能合并同一社区的诉求')
    if (!isOpen(into.status))
      refuse('CONFLICT', `诉求 #${into.id} 已${into.status === 'merged' ? '被合并' : '办结'}，不能并入`)
    const actor = asCommunity(ctx.user, d)
    await move(ctx, d, {
      step: 'merge',
      actor,
      note: `并入诉求 #${into.id}「${into.title}」${input.note ? `：${input.note}` : ''}`,
      set: { status: 'merged', merged_into: into.id },
    })
    await move(ctx, into, { step: 'mergeInto', actor, note: `${d.enterprise_name} 的诉求 #${d.id}「${d.title}」并入` })
    return presentFor(ctx, d.id)
  },
})
