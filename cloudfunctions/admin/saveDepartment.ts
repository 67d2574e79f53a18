import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'

/** Admin: a department, street office or member unit (code, name, kind, district, phone, intro, active). Audited. */
export const saveDepartment = handler('admin', 'saveDepartment', {
  access: ['admin'],
  async run(ctx, { id, ...fields }) {
    const { db } = ctx
    const clash = await db
      .selectFrom('departments')
      .select(['id', 'code'])
      .where((eb) => eb.or([eb('code', '=', fields.code), eb('name', '=', fields.name)]))
      .executeTakeFirst()
    if (clash && clash.id !== id) {
      refuse(
        'CONFLICT',
        clash.code === fields.code ? `部门编码 ${fields.code} 已被使用` : `已有同名部门：${fields.name}`,
      )
    }
    if (id === undefined) {
      const row = await db.insertInto('departments').values(fields).returning('id').executeTakeFirstOrThrow()
      await audit(ctx, {
        actorId: ctx.user.id,
        action: 'department.create',
        subject: { type: 'department', id: row.id },
        after: fields,
      })
      return { id: row.id, created: true }
    }
    const before = await db.selectFrom('departments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    if (!before) return refuse('NOT_FOUND', '没有这个部门')
    await db.updateTable('departments').set(fields).where('id', '=', id).execute()
    const keys = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => before[k] !== fields[k])
    await audit(ctx, {
      actorId: ctx.user.id,
      action: 'department.update',
      subject: { type: 'department', id },
      before: Object.fromEntries(keys.map((k) => [k, before[k]])),
      after: Object.fromEntries(keys.map((k) => [k, fields[k]])),
    })
    return { id, created: false }
  },
})
