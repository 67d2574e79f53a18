import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { teamOrganiser } from './domain/access'
import { presentTasks } from './domain/present'
import { createTask } from './domain/tasks'

/** An organiser posts a task with its length and how many helpers it needs. */
export const saveTask = handler('volunteers', 'saveTask', {
  access: teamOrganiser('teamId'),
  async run(ctx, input) {
    const startsAt = new Date(input.startsAt)
    if (startsAt <= ctx.now) refuse('BAD_REQUEST', '任务开始时间须晚于现在')
    const id = await createTask(ctx, ctx.target, { ...input, startsAt, createdBy: ctx.user.id })
    return (await presentTasks(ctx.db, [id], ctx.user, ctx.now))[0]
  },
})
