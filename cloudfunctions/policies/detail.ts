import { sql } from 'kysely'
import { describeCondition, type Condition } from '../../contract/policy-rules'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { mayEditPolicy } from './domain/access'
import { loadFacts } from './domain/eligibility'
import { favouritesAmong, selectSummary, summarize } from './domain/present'
import type { PolicyChange } from './tables'

/** A policy page: everything about it, the reader's verdict, and what changed version by version. */
export const detail = handler('policies', 'detail', {
  access: 'public',
  async run(ctx, { id }) {
    const { db, user, now } = ctx
    const row = await selectSummary(db.selectFrom('policies'))
      .select([
        'department_id',
        'conditions_note',
        'materials',
        'office',
        'phone',
        'online_url',
        'how_to_apply',
        'source_title',
        'withdrawn_at',
        sql<string | null>`source_date::text`.as('source_date'),
      ])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row) return refuse('NOT_FOUND', '政策不存在')
    // Views are counted for staff (how often each policy is read).
    await db
      .updateTable('policies')
      .set({ views: sql`views + 1` })
      .where('id', '=', id)
      .execute()
    const versions = await db
      .selectFrom('policy_versions as v')
      .leftJoin('users as u', 'u.id', 'v.edited_by')
      .select(['v.version', 'v.edited_at', 'v.note', 'v.changes', 'u.display_name'])
      .where('v.policy_id', '=', id)
      .orderBy('v.version', 'desc')
      .limit(10)
      .execute()
    const facts = user ? (await loadFacts(ctx, user.id)).facts : null
    const favourites = await favouritesAmong(db, user?.id, [id])
    return {
      ...summarize(row, { facts, favourites, today: shanghaiDate(now) }),
      departmentId: row.department_id,
      conditions: row.conditions,
      conditionsText: describeCondition(row.conditions as Condition),
      conditionsNote: row.conditions_note,
      materials: row.materials,
      office: row.office,
      phone: row.phone,
      onlineUrl: row.online_url,
      howToApply: row.how_to_apply,
      sourceTitle: row.source_title,
      sourceDate: row.source_date,
      withdrawn: row.withdrawn_at !== null,
      versions: versions.map((v) => ({
        version: v.version,
        editedAt: new Date(v.edited_at).toISOString(),
        editorName: v.display_name ?? '系统导入',
        note: v.note,
        changes: v.changes as PolicyChange[],
      })),
      canEdit: mayEditPolicy(user, row),
    }
  },
})
