import type { Database } from '../../server/db'

/** A community and an enterprise in it (the liaisons are made with personWith). */
export async function jobsPlace(db: Database, code: string, lng = 121.84, lat = 29.9) {
  const c = await db
    .insertInto('communities')
    .values({ code, name: `${code}社区`, district: '宁波市北仑区', lng, lat, created_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow()
  const e = await db
    .insertInto('enterprises')
    .values({
      name: `${code}精密制造有限公司`,
      credit_code: `91330206${code.padEnd(10, '0')}`.slice(0, 18),
      community_id: c.id,
      address: '北仑区新碶街道 1 号',
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { communityId: c.id, enterpriseId: e.id }
}

/** A posting as the form sends it (a full-time job at ¥6000/月 unless told otherwise). */
export const postingInput = (enterpriseId: number, extra: Record<string, unknown> = {}) => ({
  enterpriseId,
  title: '数控车床操作工',
  kind: 'full_time',
  headcount: 3,
  payCents: 600_000,
  payUnit: 'month',
  shift: 'day',
  lng: 121.84,
  lat: 29.9,
  startDate: '2026-12-01',
  certificates: ['叉车证'],
  skills: ['数控车床'],
  benefits: ['包吃', '班车'],
  description: '两班倒，提供工作餐。无需押金。',
  contactName: '王经理',
  contactPhone: '0574-86800000',
  ...extra,
})
