import { sql, type Transaction } from 'kysely'
import { AVAILABILITY } from '../../../contract/jobs'
import type { DB } from '../../../server/db/schema'
import { explain, queryOf, relevanceOf, strengthOf } from '../../../server/matching/concepts'
import { maskName, maskPhone } from '../../../server/people/mask'
import { formatShanghai } from '../../../server/time/shanghai'
import type { PostingRow } from './access'
import { haversineM } from '../../../server/geo'
import { accepted, shiftLabel, statusLabel } from './present'

type Trx = Transaction<DB>

/**
 * A posting's applicants ranked with reasons: required certificates held (40), skills matched
 * through the shared matching module (30), distance from the place (20), availability for the
 * kind of work (10). Withdrawn applications are left out.
 */
export async function rankedApplicants(db: Trx, p: PostingRow, now: Date) {
  const rows = await db
    .selectFrom('job_applications as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('job_profiles as f', 'f.user_id', 'a.user_id')
    .select([
      'a.id',
      'a.status',
      'a.note',
      'a.created_at',
      'u.display_name',
      'u.phone as user_phone',
      'f.skills',
      'f.certificates',
      'f.availability',
      'f.phone',
      'f.intro',
      'f.lng',
      'f.lat',
      'f.concepts',
    ])
    .where('a.posting_id', '=', p.id)
    .where('a.status', '<>', 'withdrawn')
    .orderBy('a.id')
    .execute()
  const shifts = rows.length
    ? await db
        .selectFrom('job_application_shifts as x')
        .innerJoin('job_shifts as s', 's.id', 'x.shift_id')
        .select([
          'x.application_id',
          'x.shift_id',
          's.starts_at',
          's.ends_at',
          'x.checked_in_at',
          'x.checked_out_at',
          'x.confirmed_minutes',
          'x.no_show',
        ])
        .where(
          'x.application_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('s.starts_at')
        .execute()
    : []
  const rated = new Set(
    (
      await db
        .selectFrom('job_ratings')
        .select('application_id')
        .where('side', '=', 'enterprise')
        .where(sql<boolean>`application_id in (select id from job_applications where posting_id = ${p.id})`)
        .execute()
    ).map((r) => r.application_id),
  )
  const q = queryOf([
    { text: p.title, weight: 0.6 },
    { text: p.description, weight: 0.4 },
    ...p.skills.map((s) => ({ text: s, weight: 1, skill: true })),
  ])
  const out = rows.map((r) => {
    const reasons: string[] = []
    let score = 0
    const certs = r.certificates ?? []
    if (p.certificates.length) {
      const held = p.certificates.filter((c) => certs.includes(c))
      score += (40 * held.length) / p.certificates.length
      if (held.length) reasons.push(`持有${held.join('、')}`)
      const missing = p.certificates.filter((c) => !certs.includes(c))
      if (missing.length) reasons.push(`缺少${missing.join('、')}`)
    } else score += 20
    const strength = strengthOf(r.concepts ?? [], q)
    if (strength > 0) {
      score += 30 * relevanceOf(strength)
      const hits = explain(q, [...(r.skills ?? []), r.intro ?? ''])
      reasons.push(hits.length ? `技能相关：${hits.map((h) => h.as ?? h.label).join('、')}` : '技能相关')
    }
    const distanceM = r.lng !== null && r.lat !== null ? haversineM(p.lng, p.lat, r.lng, r.lat) : null
    if (distanceM !== null) {
      score += distanceM <= 3000 ? 20 : distanceM <= 10_000 ? 10 : 0
      reasons.push(`距工作地点 ${(distanceM / 1000).toFixed(1)} km`)
    }
    const av = r.availability
    if (av) {
      const fits = p.kind === 'gig' ? av !== 'weekdays' : av !== 'gigs'
      if (fits) score += 10
      reasons.push(`可工作时间：${AVAILABILITY[av]}`)
    } else reasons.push('未填写求职档案')
    const mine = shifts.filter((s) => s.application_id === r.id)
    const open = accepted(r.status)
    const can: ('view' | 'interview' | 'hire' | 'reject' | 'confirmHours' | 'rate')[] = []
    if (r.status === 'applied') can.push('view')
    if (r.status === 'applied' || r.status === 'viewed') can.push('interview')
    if ((r.status === 'applied' || r.status === 'viewed' || r.status === 'interview') && p.hired < p.headcount)
      can.push('hire')
    if (r.status === 'applied' || r.status === 'viewed' || r.status === 'interview') can.push('reject')
    if (r.status === 'hired' && mine.some((s) => new Date(s.starts_at) <= now)) can.push('confirmHours')
    if (r.status === 'hired' && !rated.has(r.id) && (p.kind !== 'gig' || mine.some((s) => new Date(s.ends_at) <= now)))
      can.push('rate')
    const phone = r.phone || r.user_phone || ''
    return {
      id: r.id,
      name: r.display_name ? (open ? r.display_name : maskName(r.display_name)) : '已注销用户',
      status: r.status,
      statusLabel: statusLabel(r.status),
      score: Math.round(score),
      reasons,
      skills: r.skills ?? [],
      certificates: certs,
      availability: av ? AVAILABILITY[av] : '未填写',
      distanceM: distanceM === null ? null : Math.round(distanceM),
      phone: open ? phone : (maskPhone(phone) ?? ''),
      fullPhone: phone,
      note: r.note,
      appliedAt: formatShanghai(new Date(r.created_at)),
      shifts: mine.map((s) => ({
        shiftId: s.shift_id,
        label: shiftLabel(s.starts_at, s.ends_at),
        checkedInAt: s.checked_in_at ? formatShanghai(new Date(s.checked_in_at)) : null,
        checkedOutAt: s.checked_out_at ? formatShanghai(new Date(s.checked_out_at)) : null,
        confirmedMinutes: s.confirmed_minutes,
        noShow: s.no_show,
      })),
      can,
    }
  })
  return out.sort((a, b) => b.score - a.score || a.id - b.id)
}
