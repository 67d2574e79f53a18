import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { normalizeCode } from '../../server/reservations/code'
import { ACTIVE } from '../../server/reservations/status'
import { dayWords, shanghaiDate } from '../../server/time/shanghai'
import { fairById } from './domain/access'
import { bareCode, BOOTH_PREFIX } from './domain/codes'

/**
 * 投递: at the fair, a seeker scans a booth's code. Only on the fair's day, only by a seeker
 * registered for that fair and checked in at the door, once per booth (a unique index settles
 * two scans at once).
 */
export const apply = handler('fairs', 'apply', {
  access: own('applies at a booth as the caller'),
  async run(ctx, { boothCode }) {
    const { db, user, now } = ctx
    const booth = await db
      .selectFrom('fair_booths as b')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .select(['b.id', 'b.fair_id', 'b.cancelled_at', 'e.name'])
      .where('b.code', '=', normalizeCode(bareCode(boothCode, BOOTH_PREFIX)))
      .executeTakeFirst()
    if (!booth) return refuse('NOT_FOUND', '展位码不存在，请对准展位上的二维码重新扫描')
    if (booth.cancelled_at) refuse('CONFLICT', '这个展位已取消')
    const fair = await fairById(db, booth.fair_id)
    if (fair.cancelled_at) refuse('CONFLICT', '这场招聘会已取消')
    if (shanghaiDate(now) !== fair.date) refuse('CONFLICT', `只能在招聘会当天（${dayWords(fair.date)}）到展位扫码投递`)
    const reg = await db
      .selectFrom('reservations')
      .select(['id', 'status'])
      .where('slot_id', '=', fair.entry_slot_id)
      .where('user_id', '=', user.id)
      .where('status', 'in', ACTIVE)
      .executeTakeFirst()
    if (!reg) return refuse('FORBIDDEN', '你没有报名这场招聘会，请先报名并在入口签到')
    if (reg.status !== 'redeemed') refuse('FORBIDDEN', '请先在入口出示入场码签到，再到展位投递')
    const row = await db
      .insertInto('fair_applications')
      .values({
        fair_id: fair.id,
        booth_id: booth.id,
        registration_id: Number(reg.id),
        seeker_id: user.id,
        applied_at: now,
      })
      .onConflict((oc) => oc.columns(['booth_id', 'registration_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!row) return refuse('CONFLICT', `你已向 ${booth.name} 投递过，每个展位投递一次即可`)
    return { applicationId: row.id, enterpriseName: booth.name, fairTitle: fair.title }
  },
})
