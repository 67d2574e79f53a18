import { sql, type Kysely } from 'kysely'
import type { Role } from '../../contract/roles'
import { refuse } from '../core/app-error'
import { audit } from '../core/audit'
import { raise } from '../core/events'
import type { TxCtx } from '../core/tx'
import type { DB } from '../db/schema'

export interface GrantSpec {
  userId: number
  role: Role
  communityId?: number | null
  departmentId?: number | null
  enterpriseId?: number | null
  labId?: number | null
  details?: Record<string, unknown>
}

/** Scoped roles and the scope each needs: a social worker of a community, a member of a department… */
const SCOPE: Partial<Record<Role, 'communityId' | 'departmentId' | 'enterpriseId' | 'labId'>> = {
  social_worker: 'communityId',
  department: 'departmentId',
  bank: 'departmentId',
  enterprise: 'enterpriseId',
  broker: 'communityId',
  party_guide: 'communityId',
  lab_staff: 'labId',
}

const SCOPE_COLUMN = {
  communityId: 'community_id',
  departmentId: 'department_id',
  enterpriseId: 'enterprise_id',
  labId: 'lab_id',
} as const

/**
 * Who holds a scoped role now (grants not revoked) in the scope(s) given — an enterprise's
 * liaisons, a bank's staff, a lab's staff, a community's 社工: whom a feature's notice goes to.
 */
export async function holdersOf(db: Kysely<DB>, role: Role, scope: number | readonly number[]): Promise<number[]> {
  const key = SCOPE[role]
  if (!key) throw new Error(`${role} is not a scoped role`)
  const ids = typeof scope === 'number' ? [scope] : scope
  if (!ids.length) return []
  const rows = await db
    .selectFrom('user_roles')
    .select('user_id')
    .distinct()
    .where('role', '=', role)
    .where(SCOPE_COLUMN[key], 'in', ids)
    .where('revoked_at', 'is', null)
    .execute()
  return rows.map((r) => r.user_id)
}

/**
 * Grant a role (with its scope). Granting one already held changes nothing and says so
 * (`granted: false`). Audited with who granted it (null: the system, e.g. onboarding).
 */
export async function grantRole(
  ctx: TxCtx,
  g: GrantSpec,
  by: number | null,
): Promise<{ id: number; granted: boolean }> {
  const needs = SCOPE[g.role]
  if (needs && !g[needs]) refuse('BAD_REQUEST', '请选择该角色的所属范围（社区、部门、企业或实验室）')
  const inserted = await sql<{ id: number }>`
    insert into user_roles (user_id, role, community_id, department_id, enterprise_id, lab_id, details, granted_by, granted_at)
    values (${g.userId}, ${g.role}, ${g.communityId ?? null}, ${g.departmentId ?? null}, ${g.enterpriseId ?? null},
            ${g.labId ?? null}, ${JSON.stringify(g.details ?? {})}::jsonb, ${by}, ${ctx.now})
    on conflict (user_id, role, coalesce(community_id, 0), coalesce(department_id, 0), coalesce(enterprise_id, 0),
                 coalesce(lab_id, 0))
      where revoked_at is null do nothing
    returning id`.execute(ctx.db)
  const row = inserted.rows[0]
  if (!row) {
    const held = await ctx.db
      .selectFrom('user_roles')
      .select('id')
      .where('user_id', '=', g.userId)
      .where('role', '=', g.role)
      .where('revoked_at', 'is', null)
      .where(sql<boolean>`coalesce(community_id, 0) = ${g.communityId ?? 0}`)
      .where(sql<boolean>`coalesce(department_id, 0) = ${g.departmentId ?? 0}`)
      .where(sql<boolean>`coalesce(enterprise_id, 0) = ${g.enterpriseId ?? 0}`)
      .where(sql<boolean>`coalesce(lab_id, 0) = ${g.labId ?? 0}`)
      .executeTakeFirstOrThrow()
    return { id: held.id, granted: false }
  }
  await audit(ctx, {
    actorId: by,
    action: 'role.grant',
    subject: { type: 'user', id: g.userId },
    communityId: g.communityId ?? null,
    after: { grantId: row.id, ...g },
  })
  return { id: Number(row.id), granted: true }
}

/**
 * Revoke a live grant. The last admin cannot be revoked (nor revoke themselves into nobody
 * able to run the app): refused, nothing changes. Raises `roleRevoked` for the features.
 */
export async function revokeGrant(
  ctx: TxCtx,
  grantId: number,
  by: number,
  o: { accountDeleted?: boolean } = {},
): Promise<void> {
  const g = await ctx.db
    .selectFrom('user_roles')
    .selectAll()
    .where('id', '=', grantId)
    .where('revoked_at', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  if (!g) return refuse('NOT_FOUND', '该角色授权不存在或已撤销')
  if (g.role === 'admin') {
    await refuseIfLastAdmin(
      ctx,
      g.user_id,
      g.user_id === by
        ? '你是最后一位管理员，不能撤销自己的管理员角色；请先为他人授予管理员'
        : '这是最后一位管理员，不能撤销；请先为他人授予管理员',
    )
  }
  await ctx.db
    .updateTable('user_roles')
    .set({ revoked_at: ctx.now, revoked_by: by })
    .where('id', '=', grantId)
    .execute()
  await audit(ctx, {
    actorId: by,
    action: 'role.revoke',
    subject: { type: 'user', id: g.user_id },
    communityId: g.community_id,
    before: {
      grantId,
      role: g.role,
      communityId: g.community_id,
      departmentId: g.department_id,
      enterpriseId: g.enterprise_id,
      labId: g.lab_id,
    },
  })
  // Features act on it (a 青创导师's future hours are cancelled…): see their manifests' `on`.
  await raise(ctx, 'roleRevoked', {
    userId: g.user_id,
    role: g.role,
    grantId,
    by,
    accountDeleted: o.accountDeleted ?? false,
  })
}

/** One lock for every act that can take away an admin (revoke, disable, delete): they run one at a time. */
const LAST_ADMIN_LOCK = 140_001

/**
 * Refuse when `userId` is the last active admin (live admin role, not disabled, not deleted):
 * revoking their admin role, disabling or deleting them would leave nobody able to run the app.
 * The transaction-wide lock comes first, so two such acts at once (two admins revoking each other)
 * run one after the other and the second counts what the first did (READ COMMITTED: each statement
 * sees what committed before it). Call before the change, in its transaction.
 */
export async function refuseIfLastAdmin(ctx: TxCtx, userId: number, message?: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LAST_ADMIN_LOCK})`.execute(ctx.db)
  const admins = await ctx.db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('r.user_id')
    .distinct()
    .where('r.role', '=', 'admin')
    .where('r.revoked_at', 'is', null)
    .where('u.disabled', '=', false)
    .where('u.deleted_at', 'is', null)
    .execute()
  const ids = admins.map((a) => a.user_id)
  if (ids.includes(userId) && ids.length <= 1) {
    refuse('CONFLICT', message ?? '这是最后一位管理员，不能停用或删除；请先为他人授予管理员')
  }
}
