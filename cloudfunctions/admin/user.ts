import { sql } from 'kysely'
import { ROLE_LABELS } from '../../contract/roles'
import { handler } from '../../server/core/define-function'
import { formatShanghai } from '../../server/time/shanghai'
import { labNames } from '../lab/public'
import { personInReach } from './domain/access'
import { presentAudit } from './domain/audit-view'
import { summarizePeople } from './domain/people'

const iso = (d: Date | string | null) => (d === null ? null : formatShanghai(new Date(d)))

/** One person: their roles (live and revoked, with who and when), moves between communities, and the audit about them. */
export const user = handler('admin', 'user', {
  access: personInReach('id', { roles: ['admin', 'social_worker'] }),
  async run({ db, target: { person, reach } }) {
    const [summary] = await summarizePeople(db, [person])
    const grants = await db
      .selectFrom('user_roles as g')
      .leftJoin('communities as c', 'c.id', 'g.community_id')
      .leftJoin('departments as d', 'd.id', 'g.department_id')
      .leftJoin('enterprises as e', 'e.id', 'g.enterprise_id')
      .leftJoin('users as gb', 'gb.id', 'g.granted_by')
      .leftJoin('users as rb', 'rb.id', 'g.revoked_by')
      .select([
        'g.id',
        'g.role',
        'g.granted_at',
        'g.revoked_at',
        'g.lab_id',
        'c.name as community',
        'd.name as department',
        'e.name as enterprise',
        'gb.display_name as granted_by',
        'rb.display_name as revoked_by',
      ])
      .where('g.user_id', '=', person.id)
      .orderBy(sql`g.revoked_at desc nulls first`)
      .orderBy('g.id')
      .execute()
    // A 实验室人员 grant's lab, through the lab's public face.
    const labs = await labNames(
      db,
      grants.flatMap((g) => (g.lab_id ? [g.lab_id] : [])),
    )
    const moves = await db
      .selectFrom('community_moves as m')
      .leftJoin('communities as f', 'f.id', 'm.from_community_id')
      .innerJoin('communities as t', 't.id', 'm.to_community_id')
      .select(['f.name as from', 't.name as to', 'm.moved_at'])
      .where('m.user_id', '=', person.id)
      .orderBy('m.moved_at', 'desc')
      .execute()
    let history = db
      .selectFrom('audit_log as a')
      .selectAll('a')
      .where('a.subject_type', '=', 'user')
      .where('a.subject_id', '=', String(person.id))
    if (reach.communityIds !== null) {
      history = history.where('a.community_id', 'in', reach.communityIds.length ? reach.communityIds : [-1])
    }
    const entries = await history.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(50).execute()
    return {
      person: {
        ...summary,
        createdAt: formatShanghai(new Date(person.created_at)),
        signIn: signInOf(person),
        passwordChangedAt: iso(person.password_changed_at),
      },
      grants: grants.map((g) => ({
        grantId: g.id,
        role: g.role,
        label: ROLE_LABELS[g.role],
        scope: g.community ?? g.department ?? g.enterprise ?? (g.lab_id ? (labs.get(g.lab_id) ?? null) : null),
        grantedAt: formatShanghai(new Date(g.granted_at)),
        grantedBy: g.granted_by ?? null,
        revokedAt: iso(g.revoked_at),
        revokedBy: g.revoked_by ?? null,
      })),
      moves: moves.map((m) => ({ from: m.from ?? null, to: m.to, at: formatShanghai(new Date(m.moved_at)) })),
      history: await presentAudit(db, entries),
    }
  },
})

const signInOf = (p: { openid: string | null; username: string | null }): 'both' | 'wechat' | 'password' | 'none' =>
  p.openid && p.username ? 'both' : p.openid ? 'wechat' : p.username ? 'password' : 'none'
