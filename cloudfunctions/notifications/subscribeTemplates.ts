import { handler, own } from '../../server/core/define-function'
import { templateIdOf } from '../../server/notify/config'

/** Configured template ids; kinds without one are left out (the client then asks for nothing). */
export const subscribeTemplates = handler('notifications', 'subscribeTemplates', {
  access: own('templates the caller may subscribe to'),
  async run({ runtime }) {
    const templates = [...runtime.notices.keys()].flatMap((kind) => {
      const templateId = templateIdOf(kind)
      return templateId ? [{ kind, templateId }] : []
    })
    return { templates }
  },
})
