import type { Transaction } from 'kysely'
import {
  CLAIMER_KINDS,
  WISH_CLAIM_STATUS,
  type ClaimerKind,
  type WishClaimAction,
  type WishDetail,
} from '../../../contract/demands'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import { maskName } from '../../../server/people/mask'
import { departmentsOf, enterprisesOf, type Caller } from '../../../server/people/roles'
import { isCommunityStaff } from '../../../server/people/staff'
import { presentAttachment } from './attachments'
import { presentWishes } from './wishes'

/** A claim that holds the wish: nobody else may claim it while it is one of these. */
export const LIVE_CLAIM = ['offered', 'accepted', 'fulfilled'] as const

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString())

/** In whose names the caller may claim: themselves, each enterprise they are the liaison of (also as 爱心商家), each department. */
export async function claimOptions(db: Transaction<DB>, user: Caller | null) {
  if (!user) return []
  const options: { kind: ClaimerKind; orgId: number | null; label: string }[] = [
    { kind: 'volunteer', orgId: null, label: `志愿者 ${maskName(user.display_name)}` },
  ]
  const firms = enterprisesOf(user)
  if (firms.length) {
    const rows = await db
      .selectFrom('enterprises')
      .select(['id', 'name'])
      .where('id', 'in', firms)
      .orderBy('id')
      .execute()
    for (const e of rows) {
      options.push({ kind: 'enterprise', orgId: e.id, label: e.name })
      options.push({ kind: 'merchant', orgId: e.id, label: `爱心商家 ${e.name}` })
    }
  }
  const depts = departmentsOf(user)
  if (depts.length) {
    const rows = await db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('id', 'in', depts)
      .orderBy('id')
      .execute()
    for (const d of rows) options.push({ kind: 'department', orgId: d.id, label: d.name })
  }
  return options
}

/** The claimer's name as others see it, checked against what the caller may speak for. */
export async function claimerOf(db: Transaction<DB>, user: Caller, kind: ClaimerKind, orgId: number | undefined) {
  if (kind === 'volunteer') {
    if (orgId !== undefined) refuse('BAD_REQUEST', '以志愿者身份认领时不需要选择单位')
    return { label: maskName(user.display_name), enterpriseId: null, departmentId: null }
  }
  if (orgId === undefined)
    return refuse('BAD_REQUEST', `请选择以哪个${kind === 'department' ? '部门' : '企业'}的名义认领`)
  if (kind === 'department') {
    if (!departmentsOf(user).includes(orgId)) refuse('FORBIDDEN', '你只能以自己所在部门的名义认领')
    const d = await db.selectFrom('departments').select('name').where('id', '=', orgId).executeTakeFirstOrThrow()
    return { label: d.name, enterpriseId: null, departmentId: orgId }
  }
  if (!enterprisesOf(user).includes(orgId)) refuse('FORBIDDEN', '你只能以自己联络的企业的名义认领')
  const e = await db.selectFrom('enterprises').select('name').where('id', '=', orgId).executeTakeFirstOrThrow()
  return { label: e.name, enterpriseId: orgId, departmentId: null }
}

/** The claim that holds the wish now, else the latest one (declined ones too, so the page can say so). */
async function currentClaim(db: Transaction<DB>, wishId: number) {
  return db
    .selectFrom('wish_claims')
    .selectAll()
    .where('wish_id', '=', wishId)
    .orderBy((eb) =>
      eb
        .case()
        .when('status', 'in', [...LIVE_CLAIM, 'confirmed'])
        .then(0)
        .else(1)
        .end(),
    )
    .orderBy('id', 'desc')
    .executeTakeFirst()
}

/** A wish's page: the wish, its claim, and what the caller may do there. */
export async function presentWishDetail(db: Transaction<DB>, wishId: number, user: Caller | null): Promise<WishDetail> {
  const [wish] = await presentWishes(db, [wishId], user?.id ?? null)
  if (!wish) return refuse('NOT_FOUND', '心愿不存在')
  const row = await db
    .selectFrom('wishes')
    .select(['user_id', 'fulfilled_at'])
    .where('id', '=', wishId)
    .executeTakeFirstOrThrow()
  const c = await currentClaim(db, wishId)
  const mineToAnswer = !!user && row.user_id === user.id
  const mineToFulfil = !!user && !!c && c.claimer_id === user.id
  const live = !!c && (LIVE_CLAIM as readonly string[]).includes(c.status)
  const can: WishClaimAction[] = []
  if (user && !mineToAnswer && !live && row.fulfilled_at === null) can.push('claim')
  if (c && mineToAnswer && c.status === 'offered') can.push('accept', 'decline')
  if (c && mineToFulfil && c.status === 'accepted') can.push('fulfil')
  if (c && mineToAnswer && c.status === 'fulfilled') can.push('confirm')
  const photos = c
    ? await db.selectFrom('demand_attachments').selectAll().where('claim_id', '=', c.id).orderBy('id').execute()
    : []
  return {
    wish,
    fulfilledAt: iso(row.fulfilled_at),
    claim: c
      ? {
          id: c.id,
          kind: c.kind,
          kindLabel: CLAIMER_KINDS[c.kind],
          claimer: c.claimer_label,
          how: c.how,
          byDate: c.by_date,
          status: c.status,
          statusLabel: WISH_CLAIM_STATUS[c.status],
          fulfilNote: c.fulfil_note,
          photos: photos.map(presentAttachment),
          thanks: c.thanks,
          mine: mineToFulfil,
          offeredAt: iso(c.offered_at)!,
          fulfilledAt: iso(c.fulfilled_at),
          confirmedAt: iso(c.confirmed_at),
        }
      : null,
    can,
    claimAs: can.includes('claim') ? await claimOptions(db, user) : [],
  }
}

/** A claim and its wish, locked, for the wisher's or the claimer's step. */
export async function loadClaim(db: Transaction<DB>, claimId: number) {
  const c = await db
    .selectFrom('wish_claims as k')
    .innerJoin('wishes as w', 'w.id', 'k.wish_id')
    .selectAll('k')
    .select(['w.user_id as wisher_id', 'w.title', 'w.community_id'])
    .where('k.id', '=', claimId)
    .forUpdate()
    .executeTakeFirst()
  if (!c) return refuse('NOT_FOUND', '认领记录不存在')
  return c
}

export const wishPage = (wishId: number) => `/subpackages/demands/wish-detail?id=${wishId}`

/** The wisher of the claimed wish answers and confirms. */
export const claimWisher = defineGuard('the wisher of the claimed wish', async ({ db, user }, id) => {
  const c = await loadClaim(db, id)
  if (c.wisher_id !== user.id) refuse('FORBIDDEN', '只有发布这个心愿的人可以确认认领')
  return c
})

/** Only whoever claimed it marks it fulfilled. */
export const claimHolder = defineGuard('the person who made the claim', async ({ db, user }, id) => {
  const c = await loadClaim(db, id)
  if (c.claimer_id !== user.id) refuse('FORBIDDEN', '这个心愿不是你认领的，不能标记完成')
  return c
})

/** A social worker of the community the input names (or an admin): who sees its wishes nobody took. */
export const wishKeeper = defineGuard('social worker of the community', async ({ db, user }, id) => {
  const community = await db.selectFrom('communities').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!community) return refuse('NOT_FOUND', '社区不存在')
  if (!isCommunityStaff(user, community.id)) refuse('FORBIDDEN', `只有${community.name}的社工可以查看`)
  return community
})
