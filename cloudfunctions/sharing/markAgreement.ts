import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { patentInstitute } from './domain/access'

/** The institute's contact marks (or clears) a transfer agreement with an enterprise that ticked the patent. Audited. */
export const markAgreement = handler('sharing', 'markAgreement', {
  access: patentInstitute('patentId'),
  async run(ctx, { enterpriseId, signed }) {
    const { db, now, user, target: p } = ctx
    const r = await db
      .updateTable('sharing_patent_picks')
      .set({ agreement_at: signed ? now : null })
      .where('patent_id', '=', p.id)
      .where('enterprise_id', '=', enterpriseId)
      .returning('enterprise_id')
      .executeTakeFirst()
    if (!r) return refuse('NOT_FOUND', '该企业没有勾选这项专利')
    await audit(ctx, {
      actorId: user.id,
      action: signed ? 'sharing.patent.agreement' : 'sharing.patent.agreementCleared',
      subject: { type: 'sharing_patent', id: p.id },
      after: { enterpriseId, signed },
    })
    if (signed) {
      const liaisons = await db
        .selectFrom('user_roles')
        .select('user_id')
        .distinct()
        .where('role', '=', 'enterprise')
        .where('revoked_at', 'is', null)
        .where('enterprise_id', '=', enterpriseId)
        .execute()
      for (const l of liaisons) {
        await notify(ctx, {
          userId: l.user_id,
          kind: 'patent_agreement',
          data: { patent: p.title, institute: p.institute },
          page: '/subpackages/sharing/patents',
          event: `patent:${p.id}:${enterpriseId}:agreement`,
        })
      }
    }
    return { agreement: signed }
  },
})
