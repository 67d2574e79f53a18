import type { Transaction } from 'kysely'
import { refuse } from '../core/app-error'
import type { DB } from '../db/schema'
import type { Caller } from './roles'

/**
 * The community a public list is about: the one asked for, else the caller's, else the first one
 * (someone not signed in still sees a community's list). Refused when it does not exist.
 */
export async function communityShown(db: Transaction<DB>, user: Caller | null, asked: number | undefined) {
  const id =
    asked ??
    user?.community_id ??
    (await db.selectFrom('communities').select('id').orderBy('id').executeTakeFirst())?.id
  const community = id
    ? await db.selectFrom('communities').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
    : undefined
  if (!community) return refuse('NOT_FOUND', '社区不存在')
  return community
}
