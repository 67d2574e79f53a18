import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { whenWords } from '../../server/time/shanghai'
import { CHECK_MARGIN_MIN, CHECK_RADIUS_M } from './domain/applications'
import { haversineM } from '../../server/geo'
import { postingOfCode, validSignature } from './domain/site-code'

/**
 * A hired worker scans the site's code: the first scan of a shift checks in, the second checks out.
 * Refused further than 1 km from the gig's place, or outside the shift (30 minutes either side).
 */
export const checkIn = handler('jobs', 'checkIn', {
  access: own('checks the caller in or out of their own shift'),
  async run({ db, user, now }, { code, lng, lat }) {
    const parsed = postingOfCode(code)
    if (!parsed) return refuse('BAD_REQUEST', '这不是零工现场的签到码')
    const p = await db
      .selectFrom('job_postings')
      .select(['id', 'title', 'lng', 'lat', 'site_secret'])
      .where('id', '=', parsed.postingId)
      .executeTakeFirst()
    if (!p || !validSignature(p.id, p.site_secret, parsed.signature)) return refuse('BAD_REQUEST', '签到码无效或已更换')
    const margin = CHECK_MARGIN_MIN * 60_000
    const shifts = await db
      .selectFrom('job_application_shifts as x')
      .innerJoin('job_applications as a', 'a.id', 'x.application_id')
      .innerJoin('job_shifts as s', 's.id', 'x.shift_id')
      .select(['x.application_id', 'x.shift_id', 's.starts_at', 's.ends_at', 'x.checked_in_at', 'x.checked_out_at'])
      .where('a.posting_id', '=', p.id)
      .where('a.user_id', '=', user.id)
      .where('a.status', '=', 'hired')
      .orderBy('s.starts_at')
      .execute()
    if (!shifts.length) return refuse('FORBIDDEN', `你没有被录用「${p.title}」的班次`)
    const t = now.getTime()
    const current = shifts.find(
      (s) => t >= new Date(s.starts_at).getTime() - margin && t <= new Date(s.ends_at).getTime() + margin,
    )
    if (!current) {
      const next = shifts.find((s) => new Date(s.starts_at).getTime() - margin > t)
      return refuse(
        'BAD_REQUEST',
        next
          ? `现在不在班次时间内，下一班 ${whenWords(new Date(next.starts_at))} 开始，可提前 ${CHECK_MARGIN_MIN} 分钟签到`
          : '现在不在班次时间内，你录用的班次都已结束',
      )
    }
    const distance = haversineM(lng, lat, p.lng, p.lat)
    if (distance > CHECK_RADIUS_M)
      refuse('BAD_REQUEST', `你距离工作地点约 ${(distance / 1000).toFixed(1)} 公里，需在 1 公里内扫码签到`)
    const where = (q: any) =>
      q.where('application_id', '=', current.application_id).where('shift_id', '=', current.shift_id)
    if (!current.checked_in_at) {
      await where(db.updateTable('job_application_shifts').set({ checked_in_at: now, no_show: false })).execute()
      return { shiftId: current.shift_id, kind: 'in' as const, at: now.toISOString() }
    }
    if (current.checked_out_at) refuse('CONFLICT', '这个班次已签退')
    await where(db.updateTable('job_application_shifts').set({ checked_out_at: now })).execute()
    return { shiftId: current.shift_id, kind: 'out' as const, at: now.toISOString() }
  },
})
