import { handler } from '../../server/core/define-function'
import { bigrams } from '../../server/text/bigrams'
import { enterpriseLiaison } from './domain/access'
import { fileDemand } from './domain/lifecycle'
import { presentDetail } from './domain/present'
import { clockFrom, slaMinutes } from './domain/sla'

/** 企业点单: the liaison files a demand for their enterprise; it goes to the enterprise's grid. */
export const file = handler('demands', 'file', {
  access: enterpriseLiaison('enterpriseId'),
  async run(ctx, input) {
    const e = ctx.target
    const { dueAt, remindAt } = clockFrom(ctx.now, slaMinutes(input.urgency, input.category))
    const d = await fileDemand(
      ctx,
      {
        community_id: e.community_id,
        grid_id: e.grid_id,
        enterprise_id: e.id,
        filed_by: ctx.user.id,
        category: input.category,
        urgency: input.urgency,
        title: input.title,
        description: input.description,
        contact_name: input.contactName,
        contact_phone: input.contactPhone,
        filed_at: ctx.now,
        due_at: dueAt,
        remind_at: remindAt,
        terms: bigrams(`${input.title} ${input.description}`),
      },
      { id: ctx.user.id, label: e.name },
      input.attachments,
    )
    return presentDetail(ctx, d.id, {
      filer: true,
      follower: false,
      triager: false,
      communityStaff: false,
      pendingDepartments: [],
      departments: [],
      holder: false,
      street: false,
    })
  },
})
