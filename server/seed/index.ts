import type { Database } from '../db'
import { hashPassword } from '../auth/password'
import { COMMUNITIES, MOTTO } from './communities'
import { DEMO_STAFF_PASSWORD, DEMO_USERS } from './demo-users'
import { seedActivities } from './activities'
import { seedCanteens } from './canteens'
import { seedStations } from './stations'

/**
 * Demo content. Idempotent: rows are keyed by natural keys (community code, demo role) and
 * upserted, so running it at every start changes nothing the second time.
 */
export async function seedDemo(
  db: Database,
): Promise<{ communities: number; users: number; stations: number; canteens: number; activities: number }> {
  // scrypt is slow on purpose: hash once, and only if a staff account is created.
  let passwordHash: Promise<string> | undefined
  const staffHash = () => (passwordHash ??= hashPassword(DEMO_STAFF_PASSWORD))
  return db.transaction().execute(async (trx) => {
    for (const c of COMMUNITIES) {
      await trx
        .insertInto('communities')
        .values({ ...c, motto: MOTTO })
        .onConflict((oc) => oc.column('code').doUpdateSet({ ...c, motto: MOTTO }))
        .execute()
    }
    const home = await trx
      .selectFrom('communities')
      .select('id')
      .where('code', '=', COMMUNITIES[0].code)
      .executeTakeFirstOrThrow()
    for (const u of DEMO_USERS) {
      const existing = await trx
        .selectFrom('users')
        .select('id')
        .where('demo', '=', true)
        .where('role', '=', u.role)
        .executeTakeFirst()
      if (existing) continue
      await trx
        .insertInto('users')
        .values({
          role: u.role,
          display_name: u.displayName,
          phone: u.phone,
          username: u.username ?? null,
          password_hash: u.username ? await staffHash() : null,
          community_id: home.id,
          demo: true,
        })
        .execute()
    }
    const stations = await seedStations(trx)
    const socialWorker = await trx
      .selectFrom('users')
      .select('id')
      .where('demo', '=', true)
      .where('role', '=', 'social_worker')
      .executeTakeFirst()
    const canteens = await seedCanteens(trx, socialWorker?.id ?? null)
    const activities = await seedActivities(trx, socialWorker?.id ?? null)
    const users = await trx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('demo', '=', true)
      .executeTakeFirstOrThrow()
    return { communities: COMMUNITIES.length, users: Number(users.n), stations, canteens, activities }
  })
}
