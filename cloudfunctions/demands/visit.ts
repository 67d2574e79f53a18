import { handler } from '../../server/core/define-function'
import { presentVisit, visitReader } from './domain/visits'

/** One visit with its photos and the demands filed from it (代报). */
export const visit = handler('demands', 'visit', {
  access: visitReader('visitId'),
  run: (ctx, input) => presentVisit(ctx.db, ctx.user, input.visitId),
})
