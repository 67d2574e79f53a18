import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { takeOwner } from './domain/access'
import { tellTake } from './domain/tell'

/** Put a take on the shortlist (入围), or take it off, while the challenge is open. */
export const shortlist = handler('talent', 'shortlist', {
  access: takeOwner('takeId'),
  async run(ctx, { on }) {
    const { db, now, target } = ctx
    const { take, challenge } = target
    if (challenge.status !== 'open') refuse('CONFLICT', '榜单已评定，不能再调整入围名单')
    if (take.status === 'withdrawn') refuse('CONFLICT', '对方已撤回揭榜')
    const status = on ? ('shortlisted' as const) : ('submitted' as const)
    if (take.status === status) return { status }
    await db.updateTable('talent_takes').set({ status, updated_at: now }).where('id', '=', take.id).execute()
    if (on)
      await tellTake(ctx, challenge, take, { state: '已入围', note: '发榜企业将与你进一步沟通或邀请参加技术论证会。' })
    return { status }
  },
})
