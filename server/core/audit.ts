import type { TxCtx } from './tx'

export interface AuditEntry {
  /** Who did it: a person, or null for the system. */
  actorId: number | null
  /** What was done, as a dotted verb: role.grant, application.approve, user.disable… */
  action: string
  subject: { type: string; id: string | number }
  /** The community it concerns, so a community's staff can read their part. */
  communityId?: number | null
  before?: unknown
  after?: unknown
  note?: string
}

/** Record a privileged act in the audit log, in the act's own transaction (no act without its entry). */
export async function audit(ctx: TxCtx, e: AuditEntry): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values({
      at: ctx.now,
      actor_id: e.actorId,
      action: e.action,
      subject_type: e.subject.type,
      subject_id: String(e.subject.id),
      community_id: e.communityId ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      note: e.note ?? '',
    })
    .execute()
}
