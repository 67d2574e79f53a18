import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { notifyAll } from '../../server/notify/queue'
import { REPAIR_KINDS } from '../../contract/volunteers'
import { organiserIds } from './domain/people'
import { presentTasks } from './domain/present'
import { createTask } from './domain/tasks'

const REPAIR_MINUTES = 60

/** A worker asks for a repair (家电/水电维修): a one-helper task for the community's repair team, whose organisers are told. */
export const requestRepair = handler('volunteers', 'requestRepair', {
  access: own('asks for a repair in the name of the caller'),
  async run(ctx, input) {
    const { db, user, now } = ctx
    const communityId = input.communityId ?? user.community_id
    if (!communityId) return refuse('BAD_REQUEST', '请先选择你所在的社区')
    const team = await db
      .selectFrom('volunteer_teams')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('kind', '=', 'repair')
      .orderBy('id')
      .executeTakeFirst()
    if (!team) return refuse('NOT_FOUND', '本社区还没有维修志愿队，请联系社工')
    const startsAt = new Date(input.startsAt)
    if (startsAt <= now) refuse('BAD_REQUEST', '希望上门的时间须晚于现在')
    const open = await db
      .selectFrom('volunteer_tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('requested_by', '=', user.id)
      .where('status', '=', 'open')
      .where('starts_at', '>', now)
      .executeTakeFirstOrThrow()
    if (Number(open.n) >= 3) refuse('CONFLICT', '你已有 3 个待上门的维修请求，请等志愿者处理后再提交')
    const id = await createTask(ctx, team, {
      kind: 'repair',
      title: input.title,
      description: input.description,
      place: input.place,
      startsAt,
      minutes: REPAIR_MINUTES,
      helpers: 1,
      requestedBy: user.id,
      repairKind: input.repairKind,
      createdBy: user.id,
    })
    await notifyAll(
      ctx,
      (await organiserIds(db, team)).map((userId) => ({
        userId,
        kind: 'volunteer_task' as const,
        data: { team: team.name, task: `${REPAIR_KINDS[input.repairKind]}：${input.title}`, place: input.place },
        page: `/subpackages/volunteers/tasks?teamId=${team.id}`,
        event: `volunteer_repair:${id}`,
      })),
    )
    return (await presentTasks(db, [id], user, now))[0]
  },
})
