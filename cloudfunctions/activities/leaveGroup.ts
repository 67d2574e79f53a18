import { handler, own } from '../../server/core/define-function'

export const leaveGroup = handler('activities', 'leaveGroup', {
  access: own('the caller leaves a group'),
  async run({ db, user }, { groupId }) {
    await db
      .deleteFrom('activity_group_members')
      .where('group_id', '=', groupId)
      .where('user_id', '=', user.id)
      .execute()
    return { joined: false }
  },
})
