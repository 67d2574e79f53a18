import { handler, own } from '../../server/core/define-function'
import { deleteAccount as erase } from './domain/delete-account'

/** 注销账号: the caller's data erased or anonymised, their sessions ended (this one too). */
export const deleteAccount = handler('user', 'deleteAccount', {
  access: own("deletes the caller's own account"),
  async run(ctx) {
    await erase(ctx, ctx.user)
    return { deleted: true as const }
  },
})
