import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { applicationBooth, fairById } from './domain/access'
import { applicationsQuery, presentApplication } from './domain/applications'

/**
 * The enterprise marks 录用 for an application (after the fair, usually): the seeker is told and
 * the enterprise now sees their name and phone. Hires within 30 days of the fair count in its figures.
 */
export const markHired = handler('fairs', 'markHired', {
  access: applicationBooth('applicationId'),
  async run(ctx, { applicationId }) {
    const { db, user, now, target } = ctx
    const { application: a, booth } = target
    if (a.hired_at) refuse('CONFLICT', '已标记过录用')
    if (a.seeker_id === null) refuse('CONFLICT', '投递人已注销账号')
    await db.updateTable('fair_applications').set({ hired_at: now, hired_by: user.id }).where('id', '=', a.id).execute()
    const fair = await fairById(db, a.fair_id)
    await notify(ctx, {
      userId: a.seeker_id!,
      kind: 'fair_hired',
      data: { fair: fair.title, enterprise: booth.enterprise_name },
      page: '/subpackages/fairs/mine',
      event: `fair_hired:${a.id}`,
    })
    return presentApplication(await applicationsQuery(db).where('a.id', '=', applicationId).executeTakeFirstOrThrow())
  },
})
