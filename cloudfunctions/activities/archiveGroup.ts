import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { groupKeeper } from './domain/access'

/** The community's 社工: archive an interest group. It leaves the list, takes no members or activities; its past activities and members stay. */
export const archiveGroup = handler('activities', 'archiveGroup', {
  access: groupKeeper('groupId', { roles: ['admin', 'social_worker'] }),
  async run(ctx) {
    const { db, user, now, target: group } = ctx
    await db.updateTable('activity_groups').set({ archived_at: now }).where('id', '=', group.id).execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'group.archive',
      subject: { type: 'activity_group', id: group.id },
      communityId: group.community_id,
      before: { name: group.name },
    })
    return { archived: true }
  },
})
