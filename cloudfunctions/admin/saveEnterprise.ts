import { handler } from '../../server/core/define-function'
import { enterpriseEditor } from './domain/access'
import { saveEnterpriseRecord } from './domain/enterprises'

/** Register an enterprise or edit one: admins anywhere, a 社工 in their own community. */
export const saveEnterprise = handler('admin', 'saveEnterprise', {
  access: enterpriseEditor,
  async run(ctx, { id: _id, ...fields }) {
    return saveEnterpriseRecord(ctx, fields, ctx.target.existing)
  },
})
