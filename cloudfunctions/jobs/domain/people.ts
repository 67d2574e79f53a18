import type { TxCtx } from '../../../server/core/tx'
import { holdersOf } from '../../../server/people/grants'

/** The live liaisons of an enterprise (who hear about its postings and applicants). */
export const liaisonsOf = (ctx: TxCtx, enterpriseId: number) => holdersOf(ctx.db, 'enterprise', enterpriseId)
