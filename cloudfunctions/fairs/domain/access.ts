import type { Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard, type Guard } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import { enterprisesOf, type Caller } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'

type Trx = Transaction<DB>

export const NOT_YOUR_FAIR = '只能管理本社区的招聘会'
export const NOT_YOUR_BOOTH = '只能管理本企业的展位'

export async function fairById(db: Trx, id: number, lock = false) {
  let q = db.selectFrom('fairs').selectAll().where('id', '=', id)
  if (lock) q = q.forUpdate()
  const f = await q.executeTakeFirst()
  if (!f) return refuse('NOT_FOUND', '招聘会不存在')
  return f
}
export type Fair = Awaited<ReturnType<typeof fairById>>

/** Guard: the caller keeps the fair's community (its 社工, admins). */
export const fairStaff = defineGuard("admin, or social worker of the fair's community", async ({ db, user }, id) => {
  const f = await fairById(db, id)
  if (!isCommunityStaff(user, f.community_id)) refuse('FORBIDDEN', NOT_YOUR_FAIR)
  return f
})

/** Guard: the caller keeps the series' community (locked for the change). */
export const seriesStaff = defineGuard("admin, or social worker of the series' community", async ({ db, user }, id) => {
  const s = await db.selectFrom('fair_series').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!s) return refuse('NOT_FOUND', '招聘会不存在')
  if (!isCommunityStaff(user, s.community_id)) refuse('FORBIDDEN', NOT_YOUR_FAIR)
  return s
})

/** Guard: the community the input names is the caller's (a 社工's own; an admin's any). */
export const communityFairStaff = defineGuard('admin, or social worker of the community', async ({ db, user }, id) => {
  const c = await db.selectFrom('communities').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!c) return refuse('NOT_FOUND', '社区不存在')
  if (!isCommunityStaff(user, c.id)) refuse('FORBIDDEN', '只能为本社区创建招聘会')
  return c
})

const ONLY_LIAISONS = '只有企业联络员可以为本企业预订展位'

/** Guard: the caller is a liaison of the enterprise the input names. */
export const enterpriseLiaison: Guard<{ enterpriseId: number }, { id: number; name: string }> = {
  kind: 'guard',
  checks: 'liaison of the enterprise (enterpriseId)',
  roles: ['enterprise'],
  async resolve({ db, user }, input) {
    if (!enterprisesOf(user).includes(input.enterpriseId)) refuse('FORBIDDEN', ONLY_LIAISONS)
    const e = await db
      .selectFrom('enterprises')
      .select(['id', 'name'])
      .where('id', '=', input.enterpriseId)
      .executeTakeFirst()
    if (!e) return refuse('NOT_FOUND', '企业不存在')
    return e
  },
}

export const isLiaisonOf = (user: Caller | null, enterpriseId: number) =>
  !!user && !user.disabled && enterprisesOf(user).includes(enterpriseId)

async function boothFor(db: Trx, user: Caller, id: number) {
  const b = await db
    .selectFrom('fair_booths as b')
    .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .select([
      'b.id',
      'b.fair_id',
      'b.enterprise_id',
      'b.reservation_id',
      'b.code',
      'b.cancelled_at',
      'e.name as enterprise_name',
    ])
    .where('b.id', '=', id)
    .executeTakeFirst()
  if (!b) return refuse('NOT_FOUND', '展位不存在')
  if (!isLiaisonOf(user, b.enterprise_id)) refuse('FORBIDDEN', NOT_YOUR_BOOTH)
  return b
}
export type Booth = Awaited<ReturnType<typeof boothFor>>

/** Guard: the caller is a liaison of the enterprise holding the booth. */
export const boothHolder = defineGuard("liaison of the booth's enterprise", ({ db, user }, id) =>
  boothFor(db, user, id),
)

/** Guard: the caller is a liaison of the enterprise whose booth got the application (locked for the change). */
export const applicationBooth = defineGuard(
  "liaison of the enterprise of the application's booth",
  async ({ db, user }, id) => {
    const a = await db.selectFrom('fair_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    if (!a) return refuse('NOT_FOUND', '投递记录不存在')
    return { application: a, booth: await boothFor(db, user, a.booth_id) }
  },
)
