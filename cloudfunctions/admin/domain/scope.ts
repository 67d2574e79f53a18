import { ROLE_SCOPE } from '../../../contract/admin'
import type { Role } from '../../../contract/roles'
import { refuse } from '../../../server/core/app-error'
import type { TxCtx } from '../../../server/core/tx'

/**
 * The scope a staff role is granted in, checked: a community for 社工 and 人才经纪人, a department
 * for 部门 (which must exist and be active), nothing for the others. A missing scope, or one the
 * role does not take, is refused in words.
 */
export async function checkedScope(
  { db }: TxCtx,
  role: Role,
  input: { communityId?: number; departmentId?: number },
): Promise<{ communityId: number | null; departmentId: number | null; scopeName: string | null }> {
  const needs = ROLE_SCOPE[role]
  if (needs !== 'community' && input.communityId !== undefined)
    refuse('BAD_REQUEST', '该角色不按社区授予，请不要选择社区')
  if (needs !== 'department' && input.departmentId !== undefined)
    refuse('BAD_REQUEST', '该角色不按部门授予，请不要选择部门')
  if (needs === 'community') {
    if (input.communityId === undefined) refuse('BAD_REQUEST', '请选择该角色所属的社区')
    const c = await db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where('id', '=', input.communityId!)
      .executeTakeFirst()
    if (!c) return refuse('NOT_FOUND', '没有这个社区')
    return { communityId: c.id, departmentId: null, scopeName: c.name }
  }
  if (needs === 'department') {
    if (input.departmentId === undefined) refuse('BAD_REQUEST', '请选择该角色所属的部门')
    const d = await db
      .selectFrom('departments')
      .select(['id', 'name', 'active'])
      .where('id', '=', input.departmentId!)
      .executeTakeFirst()
    if (!d) return refuse('NOT_FOUND', '没有这个部门')
    if (!d.active) refuse('CONFLICT', `${d.name}已停用，不能再添加成员`)
    return { communityId: null, departmentId: d.id, scopeName: d.name }
  }
  return { communityId: null, departmentId: null, scopeName: null }
}
