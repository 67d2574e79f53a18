import { RIDER_CODE_SECONDS } from '../../contract/canteen'
import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { maskName } from '../../server/people/mask'
import { qrSvgDataUrl } from '../../server/render/qr'
import { issueRiderCode } from './domain/rider-code'

/** 我的 → 骑手码: a fresh code (the last one stops working), its QR drawn after commit. */
export const riderCode = handler('canteen', 'riderCode', {
  access: own("issues the caller's own rider code"),
  async run({ db, user, now }) {
    if (!user.rider_verified_at) refuse('FORBIDDEN', '通过骑手认证后才有骑手码，请先在「骑手认证」提交申请')
    const issued = await issueRiderCode(db, user.id, now)
    return { ...issued, name: maskName(user.display_name) }
  },
  async finish(r) {
    return {
      code: r.code,
      qr: await qrSvgDataUrl(r.code),
      expiresAt: r.expiresAt.toISOString(),
      validSeconds: RIDER_CODE_SECONDS,
      name: r.name,
    }
  },
})
