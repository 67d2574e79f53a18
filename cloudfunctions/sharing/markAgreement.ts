import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { notify } from '../../server/notify/queue'
import { patentInstitute } from './domain/access'
import { holdersOf } from '../../server/people/grants'

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
      for (const userId of await holdersOf(db, 'enterprise', enterpriseId)) {
        await notify(ctx, {
          userId,
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
