import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'

/** Join a group: its new activities reach me in 消息. */
export const joinGroup = handler('activities', 'joinGroup', {
  access: own('the caller joins a group'),
  async run({ db, user }, { groupId }) {
    const g = await db
      .selectFrom('activity_groups')
      .select('id')
      .where('id', '=', groupId)
      .where('archived_at', 'is', null)
      .executeTakeFirst()
    if (!g) refuse('NOT_FOUND', '社群不存在或已归档')
    await db
      .insertInto('activity_group_members')
      .values({ group_id: groupId, user_id: user.id })
      .onConflict((oc) => oc.doNothing())
      .execute()
    return { joined: true }
  },
})
