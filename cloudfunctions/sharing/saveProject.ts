import { DEMAND_CATEGORIES } from '../../contract/demands'
import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { communityStaff } from './domain/access'

/** A 社工 adds or edits one of the community's 全链共享 projects. Audited. */
export const saveProject = handler('sharing', 'saveProject', {
  access: communityStaff('communityId'),
  async run(ctx, input) {
    const { db, now, user, target } = ctx
    if (input.flow === 'demand' && !(input.demandCategory in DEMAND_CATEGORIES))
      refuse('BAD_REQUEST', `诉求类别“${input.demandCategory}”不存在`)
    const values = {
      community_id: target.id,
      name: input.name,
      summary: input.summary,
      how_to_join: input.howToJoin,
      flow: input.flow,
      demand_category: input.demandCategory,
      sort: input.sort,
    }
    const clash = await db
      .selectFrom('sharing_projects')
      .select('id')
      .where('community_id', '=', target.id)
      .where('name', '=', input.name)
      .executeTakeFirst()
    if (clash && clash.id !== input.id) refuse('CONFLICT', `本社区已有项目「${input.name}」`)
    let id: number
    if (input.id) {
      const r = await db
        .updateTable('sharing_projects')
        .set(values)
        .where('id', '=', input.id)
        .where('community_id', '=', target.id)
        .returning('id')
        .executeTakeFirst()
      if (!r) return refuse('NOT_FOUND', '项目不存在')
      id = r.id
    } else {
      id = (
        await db
          .insertInto('sharing_projects')
          .values({ ...values, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    }
    await audit(ctx, {
      actorId: user.id,
      action: 'sharing.project.save',
      subject: { type: 'sharing_project', id },
      communityId: target.id,
      after: values,
    })
    return { id }
  },
})
