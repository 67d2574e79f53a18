import { sql } from 'kysely'
import { ROLE_LABELS } from '../../contract/roles'
import type { PersonalData } from '../../server/core/feature'
import { maskName } from '../../server/people/mask'
import { applicationFacts } from './domain/applications'

/** The account itself: profile, sessions, roles, applications, moves, and what the audit log says about it. */
export const userPersonalData: PersonalData = {
  tables: ['users', 'sessions', 'user_roles', 'role_applications', 'community_moves', 'audit_log', 'grids'],
  goes: [
    '昵称（改为“已注销用户”）、头像、手机号、出生年份',
    '微信身份（OPENID）、账号和密码，所有登录状态',
    '全部身份授权（撤销）与身份申请中填写的资料',
  ],
  stays: ['社区迁移记录与审核、授权的审计记录（依规保留，不含姓名、手机号和申请资料）'],
  async export({ db }, userId) {
    const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow()
    const community = u.community_id
      ? await db.selectFrom('communities').select('name').where('id', '=', u.community_id).executeTakeFirst()
      : undefined
    const grants = await db
      .selectFrom('user_roles as g')
      .leftJoin('communities as c', 'c.id', 'g.community_id')
      .leftJoin('departments as d', 'd.id', 'g.department_id')
      .leftJoin('enterprises as e', 'e.id', 'g.enterprise_id')
      .select([
        'g.role',
        'g.details',
        'g.granted_at',
        'g.revoked_at',
        'c.name as community',
        'd.name as department',
        'e.name as enterprise',
      ])
      .where('g.user_id', '=', userId)
      .orderBy('g.id')
      .execute()
    const applications = await db
      .selectFrom('role_applications as a')
      .innerJoin('communities as c', 'c.id', 'a.community_id')
      .leftJoin('users as r', 'r.id', 'a.reviewed_by')
      .select([
        'a.role',
        'a.details',
        'a.status',
        'a.reason',
        'a.created_at',
        'a.reviewed_at',
        'c.name as community',
        'r.display_name as reviewer',
      ])
      .where('a.user_id', '=', userId)
      .orderBy('a.id')
      .execute()
    const moves = await db
      .selectFrom('community_moves as m')
      .leftJoin('communities as f', 'f.id', 'm.from_community_id')
      .innerJoin('communities as t', 't.id', 'm.to_community_id')
      .select(['f.name as from', 't.name as to', 'm.moved_at as movedAt'])
      .where('m.user_id', '=', userId)
      .orderBy('m.id')
      .execute()
    const sessions = await db
      .selectFrom('sessions')
      .select(['method', 'created_at as signedInAt', 'expires_at as expiresAt'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute()
    const auditEntries = await db
      .selectFrom('audit_log as l')
      .leftJoin('users as a', 'a.id', 'l.actor_id')
      .select(['l.at', 'l.action', 'l.actor_id', 'a.display_name as actor'])
      .where((eb) =>
        eb.or([
          eb.and([eb('l.subject_type', '=', 'user'), eb('l.subject_id', '=', String(userId))]),
          eb('l.actor_id', '=', userId),
        ]),
      )
      .orderBy('l.id')
      .execute()
    return {
      profile: {
        id: u.id,
        displayName: u.display_name,
        avatar: u.avatar,
        phone: u.phone,
        phoneVerified: u.phone_verified_at !== null,
        birthYear: u.birth_year,
        community: community?.name ?? null,
        username: u.username,
        wechatBound: u.openid !== null,
        riderVerifiedAt: u.rider_verified_at,
        createdAt: u.created_at,
        onboardedAt: u.onboarded_at,
      },
      roles: grants.map((g) => ({
        role: ROLE_LABELS[g.role],
        scope: g.community ?? g.department ?? g.enterprise ?? null,
        details: g.details,
        grantedAt: g.granted_at,
        revokedAt: g.revoked_at,
      })),
      applications: applications.map((a) => ({
        role: ROLE_LABELS[a.role],
        community: a.community,
        asked: applicationFacts(a.role, a.details),
        status: a.status,
        reason: a.reason,
        submittedAt: a.created_at,
        reviewedAt: a.reviewed_at,
        // Someone else: their family name only.
        reviewer: a.reviewer ? maskName(a.reviewer) : null,
      })),
      communityMoves: moves,
      sessions,
      auditLog: auditEntries.map((e) => ({
        at: e.at,
        action: e.action,
        by: e.actor_id === userId ? '本人' : e.actor ? maskName(e.actor) : '系统',
      })),
    }
  },
  async erase({ db }, userId) {
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
    // Sign-in counts are keyed by the sign-in name (a phone, for an H5 account).
    const { username } = await db
      .selectFrom('users')
      .select('username')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
    if (username) await db.deleteFrom('sign_in_throttle').where('key', '=', `account:${username}`).execute()
    await db.updateTable('user_roles').set({ details: '{}' }).where('user_id', '=', userId).execute()
    await db
      .updateTable('role_applications')
      .set({ status: 'withdrawn' })
      .where('user_id', '=', userId)
      .where('status', '=', 'pending')
      .execute()
    await db
      .updateTable('role_applications')
      .set({ details: '{}', reason: null })
      .where('user_id', '=', userId)
      .execute()
    await db.updateTable('grids').set({ social_worker_id: null }).where('social_worker_id', '=', userId).execute()
    // Audit entries stay (who did what), without the details the person gave (an expert's field…).
    await sql`update audit_log set before = before - 'details', after = after - 'details'
      where subject_type = 'user' and subject_id = ${String(userId)}`.execute(db)
    await db
      .updateTable('users')
      .set({
        display_name: '已注销用户',
        phone: null,
        phone_verified_at: null,
        avatar: null,
        openid: null,
        username: null,
        password_hash: null,
        must_change_password: false,
        birth_year: null,
        rider_verified_at: null,
        community_id: null,
      })
      .where('id', '=', userId)
      .execute()
  },
}
