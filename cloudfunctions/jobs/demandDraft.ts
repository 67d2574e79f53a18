import { handler } from '../../server/core/define-function'
import { openHiringDemand } from '../demands/public'
import { enterpriseLiaison } from './domain/access'

/** 转为岗位: an open 用工 demand of the liaison's enterprise as the posting form's draft. */
export const demandDraft = handler('jobs', 'demandDraft', {
  access: enterpriseLiaison('enterpriseId'),
  async run(ctx, { demandId }) {
    const d = await openHiringDemand(ctx, demandId, ctx.target.id)
    return {
      demandId: d.id,
      title: d.title.slice(0, 40),
      description: d.description.slice(0, 2000),
      contactName: d.contactName.slice(0, 20),
      contactPhone: d.contactPhone.slice(0, 20),
    }
  },
})
