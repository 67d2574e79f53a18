import { sql, type Transaction } from 'kysely'
import { refuse } from '../../../server/core/app-error'
import { defineGuard } from '../../../server/core/define-function'
import type { DB } from '../../../server/db/schema'
import { enterprisesOf, isAdmin, socialWorkerOf, type Caller } from '../../../server/people/roles'

type Trx = Transaction<DB>

export const isLiaisonOf = (user: Caller, enterpriseId: number) => enterprisesOf(user).includes(enterpriseId)
export const reviewsCommunity = (user: Caller, communityId: number) =>
  isAdmin(user) || socialWorkerOf(user).includes(communityId)

/** A posting's row (locked for a change when asked). */
export async function postingRow(db: Trx, id: number, lock = false) {
  let q = db
    .selectFrom('job_postings')
    .selectAll()
    .select([sql<string>`start_date::text`.as('start_text'), sql<string | null>`end_date::text`.as('end_text')])
    .where('id', '=', id)
  if (lock) q = q.forUpdate()
  const p = await q.executeTakeFirst()
  if (!p) return refuse('NOT_FOUND', '岗位不存在')
  return p
}
export type PostingRow = Awaited<ReturnType<typeof postingRow>>

/** Guard: the caller is the liaison (企业联络员) of the enterprise the input names. */
export const enterpriseLiaison = defineGuard('liaison of the enterprise', async ({ db, user }, id) => {
  if (!isLiaisonOf(user, id)) refuse('FORBIDDEN', '只能为你所联络的企业发布岗位')
  const e = await db
    .selectFrom('enterprises')
    .select(['id', 'name', 'community_id', 'address'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!e) return refuse('NOT_FOUND', '企业不存在')
  return e
})

/** Guard: a liaison of the enterprise that posted the posting (locked for the change). */
export const postingOwner = defineGuard('liaison of the posting enterprise', async ({ db, user }, id) => {
  const p = await postingRow(db, id, true)
  if (!isLiaisonOf(user, p.enterprise_id)) refuse('FORBIDDEN', '只有发布岗位的企业联络员可以操作')
  return p
})

/** Guard: a 社工 of the posting's community (admins: any) reviews it. */
export const postingReviewer = defineGuard("social worker of the posting's community", async ({ db, user }, id) => {
  const p = await postingRow(db, id, true)
  if (!reviewsCommunity(user, p.community_id)) refuse('FORBIDDEN', '只能审核本社区企业的岗位')
  return p
})

/** Guard: the liaison of the enterprise an application was made to (application and posting locked). */
export const applicationEmployer = defineGuard('liaison of the enterprise applied to', async ({ db, user }, id) => {
  const a = await db.selectFrom('job_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!a) return refuse('NOT_FOUND', '投递记录不存在')
  const p = await postingRow(db, a.posting_id, true)
  if (!isLiaisonOf(user, p.enterprise_id)) refuse('FORBIDDEN', '只有招聘企业的联络员可以处理投递')
  return { application: a, posting: p }
})
