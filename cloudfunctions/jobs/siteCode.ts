import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { qrSvgDataUrl } from '../../server/render/qr'
import { postingOwner } from './domain/access'
import { siteCode as codeOf } from './domain/site-code'

/** The gig site's check-in code for the enterprise to show or print (the QR is drawn after commit). */
export const siteCode = handler('jobs', 'siteCode', {
  access: postingOwner('postingId'),
  async run({ target: p }) {
    if (p.kind !== 'gig') refuse('BAD_REQUEST', '只有零工日结岗位需要现场签到码')
    return { code: codeOf(p.id, p.site_secret), title: p.title }
  },
  finish: async ({ code, title }) => ({ code, title, qr: await qrSvgDataUrl(code) }),
})
