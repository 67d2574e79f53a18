import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { reserve } from '../../server/reservations/reserve'
import { presentTasks, taskHoldKey } from './domain/present'

/** A member takes a task: one helper place through the reservation core (never more than it needs). */
export const takeTask = handler('volunteers', 'takeTask', {
  access: own('takes a task as the caller'),
  async run(ctx, { taskId }) {
    const { db, user, now } = ctx
    const task = await db
      .selectFrom('volunteer_tasks as t')
      .innerJoin('volunteer_teams as team', 'team.id', 't.team_id')
      .selectAll('t')
      .select('team.name as team_name')
      .where('t.id', '=', taskId)
      .executeTakeFirst()
    if (!task) return refuse('NOT_FOUND', '志愿任务不存在')
    const member = await db
      .selectFrom('volunteer_members')
      .select('status')
      .where('team_id', '=', task.team_id)
      .where('user_id', '=', user.id)
      .executeTakeFirst()
    if (member?.status !== 'active') refuse('FORBIDDEN', `加入「${task.team_name}」并通过审核后才能领取任务`)
    if (task.status !== 'open' || new Date(task.starts_at) <= now) refuse('CONFLICT', '这个任务已开始或已结束')
    if (task.requested_by === user.id) refuse('CONFLICT', '不能领取自己提交的维修请求')
    const outcome = await reserve(ctx, {
      slotId: Number(task.slot_id),
      userId: user.id,
      holdKey: taskHoldKey(task.id),
      seats: 1,
      waitlist: false,
      details: { task: task.title },
    })
    if (outcome.status === 'alreadyHeld') refuse('CONFLICT', '你已领取这个任务')
    if (outcome.status === 'full') refuse('FULL', `这个任务需要的 ${task.helpers} 人已满`)
    if (outcome.status !== 'confirmed') return refuse('CONFLICT', '这个任务已停止领取')
    if (task.requested_by !== null)
      await notify(ctx, {
        userId: task.requested_by,
        kind: 'volunteer_task',
        data: { team: task.team_name, task: `${task.title}：已有志愿者接单`, place: task.place },
        page: '/subpackages/volunteers/mine',
        event: `volunteer_take:${task.id}:${user.id}`,
      })
    return (await presentTasks(db, [task.id], user, now))[0]
  },
})
