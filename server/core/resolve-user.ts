import { WECHAT_DEFAULT_NAME } from '../../contract/roles'
import type { Transaction } from 'kysely'
import { hashToken } from '../auth/sessions'
import type { DB, UserRow } from '../db/schema'
import { asCaller, type Caller } from '../people/roles'
import type { Identity } from './identity'

export type SignInMethod = 'wechat' | 'password' | 'demo'

export interface Resolved {
  user: Caller | null
  /** A real session that has expired (a token we never issued is simply "not signed in"). */
  expired: boolean
  signInMethod: SignInMethod | null
}

/**
 * The signed-in person for this call, with their live role grants, or null. On WeChat the first
 * call creates the person — with no role and no community until they choose (onboarding).
 * A deleted account signs in as nobody: its OPENID and sessions are gone.
 */
export async function resolveUser(trx: Transaction<DB>, identity: Identity, now: Date): Promise<Resolved> {
  if (identity.kind === 'session') {
    const row = await trx
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select(['sessions.expires_at as session_expires_at', 'sessions.method as session_method'])
      .where('sessions.token_hash', '=', hashToken(identity.token))
      .executeTakeFirst()
    // No such session: a made-up or long-swept token is nobody (请先登录); only a session we
    // still hold and that has run out is 'expired' (登录已过期).
    if (!row) return { user: null, expired: false, signInMethod: null }
    const { session_expires_at, session_method, ...user } = row
    if (new Date(session_expires_at) <= now) return { user: null, expired: true, signInMethod: null }
    return { user: await asCaller(trx, user as UserRow), expired: false, signInMethod: session_method }
  }
  if (identity.kind === 'wechat') {
    const found = await trx.selectFrom('users').selectAll().where('openid', '=', identity.openid).executeTakeFirst()
    if (found) return { user: await asCaller(trx, found), expired: false, signInMethod: 'wechat' }
    await trx
      .insertInto('users')
      .values({ openid: identity.openid, role: 'worker', display_name: WECHAT_DEFAULT_NAME })
      .onConflict((oc) => oc.column('openid').doNothing())
      .execute()
    const created = await trx
      .selectFrom('users')
      .selectAll()
      .where('openid', '=', identity.openid)
      .executeTakeFirstOrThrow()
    return { user: await asCaller(trx, created), expired: false, signInMethod: 'wechat' }
  }
  return { user: null, expired: false, signInMethod: null }
}
