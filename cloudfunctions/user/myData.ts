import { handler, own } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'

/**
 * 下载我的数据: everything the app holds about the caller, one section per feature
 * (server/core/feature.ts PersonalData), as a JSON file. Other people appear masked.
 */
export const myData = handler('user', 'myData', {
  access: own("the caller's own data"),
  async run(ctx) {
    const out: Record<string, unknown> = {
      exportedAt: ctx.now.toISOString(),
      note: '链社保存的关于你的全部数据。涉及他人的信息已打码。',
    }
    for (const f of ctx.runtime.features) {
      if (f.personalData) Object.assign(out, await f.personalData.export(ctx, ctx.user.id))
    }
    return { fileName: `lianshe-my-data-${shanghaiDate(ctx.now, '')}.json`, json: JSON.stringify(out, null, 2) }
  },
})
