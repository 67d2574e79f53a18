import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { MOTTO } from '../community/public'

/** Admin: a new community, or a community's name, street, home-card figures and centre. Audited with before/after. */
export const saveCommunity = handler('admin', 'saveCommunity', {
  access: ['admin'],
  async run(ctx, { id, motto, ...fields }) {
    const { db } = ctx
    const clash = await db
      .selectFrom('communities')
      .select(['id', 'name', 'code'])
      .where((eb) => eb.or([eb('code', '=', fields.code), eb('name', '=', fields.name)]))
      .executeTakeFirst()
    if (clash && clash.id !== id) {
      refuse(
        'CONFLICT',
        clash.code === fields.code ? `社区编码 ${fields.code} 已被使用` : `已有同名社区：${fields.name}`,
      )
    }
    if (id === undefined) {
      const row = await db
        .insertInto('communities')
        .values({ ...fields, motto: motto || MOTTO })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(ctx, {
        actorId: ctx.user.id,
        action: 'community.create',
        subject: { type: 'community', id: row.id },
        communityId: row.id,
        after: fields,
      })
      return { id: row.id, created: true }
    }
    const before = await db.selectFrom('communities').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    if (!before) return refuse('NOT_FOUND', '没有这个社区')
    await db
      .updateTable('communities')
      .set({ ...fields, ...(motto !== undefined ? { motto } : {}) })
      .where('id', '=', id)
      .execute()
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => (before as Record<string, unknown>)[k] !== v),
    )
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'community.update',
      subject: { type: 'community', id },
      communityId: id,
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, (before as Record<string, unknown>)[k]])),
      after: changed,
    })
    return { id, created: false }
  },
})
