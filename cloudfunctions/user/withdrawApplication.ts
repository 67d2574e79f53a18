import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { applicant } from './domain/access'
import { APPLICATION_COLUMNS, presentApplication } from './domain/applications'

/** The applicant takes back an application still waiting for review. */
export const withdrawApplication = handler('user', 'withdrawApplication', {
  access: applicant('applicationId'),
  async run({ db, target: app }) {
    if (app.status !== 'pending') refuse('CONFLICT', '这条申请已审核，不能撤回')
    await db.updateTable('role_applications').set({ status: 'withdrawn' }).where('id', '=', app.id).execute()
    const row = await db
      .selectFrom('role_applications as a')
      .innerJoin('communities as c', 'c.id', 'a.community_id')
      .select(APPLICATION_COLUMNS)
      .where('a.id', '=', app.id)
      .executeTakeFirstOrThrow()
    return presentApplication(row)
  },
})
