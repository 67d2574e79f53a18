import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { needOwner } from './domain/access'

/** Close a talent need (filled elsewhere or no longer needed). */
export const closeNeed = handler('talent', 'closeNeed', {
  access: needOwner('id'),
  async run({ db, target: n }) {
    if (n.status !== 'open') refuse('CONFLICT', '这条需求已关闭')
    await db.updateTable('talent_needs').set({ status: 'closed' }).where('id', '=', n.id).execute()
    return { status: 'closed' as const }
  },
})
