import { handler } from '../../server/core/define-function'
import { demandViewer } from './domain/access'
import { presentDetail } from './domain/present'

/** A demand with its timeline, dispatches and files, and the steps the asker may take. */
export const detail = handler('demands', 'detail', {
  access: demandViewer('demandId'),
  run: (ctx, input) => presentDetail(ctx, input.demandId, ctx.target.standing),
})
