import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { refuseForeignCloudFile } from '../../server/files/own-cloud-file'
import { groupEditor } from './domain/access'

/** The community's 社工 (admins: any): a new interest group, or its name, intro and cover. One name per community. Audited. */
export const saveGroup = handler('activities', 'saveGroup', {
  access: groupEditor,
  async run(ctx, { communityId, name, intro, cover }) {
    const { db, user, target } = ctx
    const community = await db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst()
    if (!community) refuse('NOT_FOUND', '没有这个社区')
    // Archived groups keep their names too: a new group under an old name would inherit its history.
    const clash = await db
      .selectFrom('activity_groups')
      .select(['id', 'archived_at'])
      .where('community_id', '=', communityId)
      .where('name', '=', name)
      .executeTakeFirst()
    if (clash && clash.id !== target.existing?.id)
      refuse('CONFLICT', `本社区已有名为「${name}」的社群${clash.archived_at ? '（已归档）' : ''}，请换一个名称`)
    // The audit log names the cover, never copies a picture into it.
    const shown = (g: { name: string; intro: string; cover: string | null }) => ({
      name: g.name,
      intro: g.intro,
      cover: g.cover ? '有封面' : '无封面',
    })
    const existing = target.existing
    // A new cover must be the 社工's own upload; a kept one may be a colleague's.
    if (cover !== (existing?.cover ?? null)) refuseForeignCloudFile(cover, user.id, '封面图片')
    if (!existing) {
      const row = await db
        .insertInto('activity_groups')
        .values({ community_id: communityId, name, intro, cover })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(ctx, {
        actorId: user.id,
        action: 'group.create',
        subject: { type: 'activity_group', id: row.id },
        communityId,
        after: shown({ name, intro, cover }),
      })
      return { groupId: row.id, created: true }
    }
    await db
      .updateTable('activity_groups')
      .set({ community_id: communityId, name, intro, cover })
      .where('id', '=', existing.id)
      .execute()
    await audit(ctx, {
      actorId: user.id,
      action: 'group.update',
      subject: { type: 'activity_group', id: existing.id },
      communityId,
      before: shown(existing),
      after: shown({ name, intro, cover }),
    })
    return { groupId: existing.id, created: false }
  },
})
