import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { ACTIVE } from '../../server/reservations/status'
import { taskOrganiser } from './domain/access'
import { presentTasks } from './domain/present'

/**
 * The organiser confirms a helper's hours for a task: only someone who took the task, not above
 * its length, once it has started. Confirming again corrects the figure. The task is then done.
 */
export const confirmHours = handler('volunteers', 'confirmHours', {
  access: taskOrganiser('taskId'),
  async run(ctx, { userId, minutes }) {
    const { db, now } = ctx
    const { task, team } = ctx.target
    if (task.status === 'cancelled') refuse('CONFLICT', '这个任务已取消')
    if (new Date(task.starts_at) > now) refuse('BAD_REQUEST', '任务还没开始，不能确认时长')
    if (minutes > task.minutes) refuse('BAD_REQUEST', `时长不能超过任务时长 ${task.minutes} 分钟`)
    const took = await db
      .selectFrom('reservations')
      .select('id')
      .where('slot_id', '=', task.slot_id)
      .where('user_id', '=', userId)
      .where('status', 'in', ACTIVE)
      .executeTakeFirst()
    if (!took) refuse('BAD_REQUEST', '这位志愿者没有领取这个任务，不能记录时长')
    const before = await db
      .selectFrom('volunteer_hours')
      .select('minutes')
      .where('task_id', '=', task.id)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    await db
      .insertInto('volunteer_hours')
      .values({ task_id: task.id, user_id: userId, minutes, confirmed_by: ctx.user.id, confirmed_at: now })
      .onConflict((oc) =>
        oc.columns(['task_id', 'user_id']).doUpdateSet({ minutes, confirmed_by: ctx.user.id, confirmed_at: now }),
      )
      .execute()
    await db.updateTable('volunteer_tasks').set({ status: 'done' }).where('id', '=', task.id).execute()
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'volunteers.hours.confirm',
      subject: { type: 'volunteer_task', id: task.id },
      communityId: team.community_id,
      before: before ? { userId, minutes: before.minutes } : undefined,
      after: { userId, minutes },
    })
    await notify(ctx, {
      userId,
      kind: 'volunteer_hours',
      data: { task: task.title, minutes: String(minutes) },
      page: '/subpackages/volunteers/mine',
      event: `volunteer_hours:${task.id}:${userId}:${minutes}`,
    })
    return (await presentTasks(db, [task.id], ctx.user, now))[0]
  },
})
