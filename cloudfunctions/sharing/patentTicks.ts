import { handler } from '../../server/core/define-function'
import { instituteMember } from './domain/access'
import { ticksOf } from './domain/ticks'

/** The institute's contact: ticks per patent, transfer agreements, and counts per enterprise. */
export const patentTicks = handler('sharing', 'patentTicks', {
  access: instituteMember('departmentId'),
  async run({ db, target }) {
    const t = await ticksOf(db, target.id)
    return { institute: target.name, patents: t.patents.length, items: t.items, byEnterprise: t.byEnterprise }
  },
})
