import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { applicationBooth, fairById } from './domain/access'
import { applicationsQuery, presentApplication } from './domain/applications'

/** The enterprise marks 达成意向 for an application at its booth; the seeker is told. */
export const markIntent = handler('fairs', 'markIntent', {
  access: applicationBooth('applicationId'),
  async run(ctx, { applicationId }) {
    const { db, user, now, target } = ctx
    const { application: a, booth } = target
    if (a.intent_at) refuse('CONFLICT', '已标记过达成意向')
    if (a.seeker_id === null) refuse('CONFLICT', '投递人已注销账号')
    await db
      .updateTable('fair_applications')
      .set({ intent_at: now, intent_by: user.id })
      .where('id', '=', a.id)
      .execute()
    const fair = await fairById(db, a.fair_id)
    await notify(ctx, {
      userId: a.seeker_id!,
      kind: 'fair_intent',
      data: { fair: fair.title, enterprise: booth.enterprise_name },
      page: '/subpackages/fairs/mine',
      event: `fair_intent:${a.id}`,
    })
    return presentApplication(await applicationsQuery(db).where('a.id', '=', applicationId).executeTakeFirstOrThrow())
  },
})
