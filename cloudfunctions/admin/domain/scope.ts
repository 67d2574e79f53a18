import { ROLE_SCOPE } from '../../../contract/admin'
import type { Role } from '../../../contract/roles'
import { refuse } from '../../../server/core/app-error'
import type { TxCtx } from '../../../server/core/tx'
import { labForGrant } from '../../lab/public'

/**
 * The scope a staff role is granted in, checked: a community for 社工 and 人才经纪人, a department
 * for 部门 (which must exist and be active), a lab for 实验室人员 (through the lab's public face),
 * nothing for the others. A missing scope, or one the
 * role does not take, is refused in words.
 */
export async function checkedScope(
  { db }: TxCtx,
  role: Role,
  input: { communityId?: number; departmentId?: number; labId?: number },
): Promise<{
  communityId: number | null
  departmentId: number | null
  labId: number | null
  scopeName: string | null
}> {
  const needs = ROLE_SCOPE[role]
  if (needs !== 'community' && input.communityId !== undefined)
    refuse('BAD_REQUEST', '该角色不按社区授予，请不要选择社区')
  if (needs !== 'department' && input.departmentId !== undefined)
    refuse('BAD_REQUEST', '该角色不按部门授予，请不要选择部门')
  if (needs !== 'lab' && input.labId !== undefined) refuse('BAD_REQUEST', '该角色不按实验室授予，请不要选择实验室')
  if (needs === 'lab') {
    if (input.labId === undefined) refuse('BAD_REQUEST', '请选择该角色所属的实验室')
    const lab = await labForGrant(db, input.labId!)
    if (!lab) return refuse('NOT_FOUND', '没有这个实验室')
    if (!lab.active) refuse('CONFLICT', `${lab.name}已停用，不能再添加人员`)
    return { communityId: null, departmentId: null, labId: lab.id, scopeName: lab.name }
  }
  if (needs === 'community') {
    if (input.communityId === undefined) refuse('BAD_REQUEST', '请选择该角色所属的社区')
    const c = await db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where('id', '=', input.communityId!)
      .executeTakeFirst()
    if (!c) return refuse('NOT_FOUND', '没有这个社区')
    return { communityId: c.id, departmentId: null, labId: null, scopeName: c.name }
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
    return { communityId: null, departmentId: d.id, labId: null, scopeName: d.name }
  }
  return { communityId: null, departmentId: null, labId: null, scopeName: null }
}
