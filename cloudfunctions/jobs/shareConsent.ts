import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'

/** A lent worker consents (recorded) or declines; the worker stays employed by the lender either way. */
export const shareConsent = handler('jobs', 'shareConsent', {
  access: own("answers for the caller's own placement"),
  async run({ db, user, now }, { matchId, consent }) {
    const w = await db
      .selectFrom('job_share_workers')
      .select(['id', 'consented_at', 'declined_at'])
      .where('match_id', '=', matchId)
      .where('user_id', '=', user.id)
      .forUpdate()
      .executeTakeFirst()
    if (!w) return refuse('NOT_FOUND', '你不在这次共享员工的名单中')
    if (w.consented_at || w.declined_at) refuse('CONFLICT', '你已答复过')
    await db
      .updateTable('job_share_workers')
      .set(consent ? { consented_at: now } : { declined_at: now })
      .where('id', '=', w.id)
      .execute()
    return { consent: consent ? ('consented' as const) : ('declined' as const) }
  },
})
