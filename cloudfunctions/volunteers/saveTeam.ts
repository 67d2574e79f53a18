import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { communityKeeper } from './domain/access'
import { presentTeam } from './domain/present'

/** A 社工 starts a volunteer team in their community (they organise it as its community's 社工). */
export const saveTeam = handler('volunteers', 'saveTeam', {
  access: communityKeeper('communityId', { roles: ['social_worker', 'admin'] }),
  async run(ctx, input) {
    const row = await ctx.db
      .insertInto('volunteer_teams')
      .values({
        community_id: ctx.target.id,
        name: input.name,
        kind: input.kind,
        intro: input.intro,
        auto_approve: input.autoApprove,
        created_by: ctx.user.id,
        created_at: ctx.now,
      })
      .onConflict((oc) => oc.columns(['community_id', 'name']).doNothing())
      .returningAll()
      .executeTakeFirst()
    if (!row) return refuse('CONFLICT', `${ctx.target.name}已有名为「${input.name}」的志愿队`)
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'volunteers.team.create',
      subject: { type: 'volunteer_team', id: row.id },
      communityId: row.community_id,
      after: { name: row.name, kind: row.kind },
    })
    return presentTeam(ctx.db, row, ctx.user)
  },
})
