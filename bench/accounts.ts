// npm run bench -- accounts
// A social worker's two lists at the size of 灵峰工业社区 (26,000 workers, BRIEF.md): 本社区人员
// (admin.searchUsers, the one people list: first page, a one-character name search, a role filter, the 10th page) and the review queue
// with 300 applications and 100 rider verifications waiting; and one account deletion of a
// person with roles, applications and bookings. Each measured 30 times, through the functions'
// real mains. Last line: one JSON object with the p50/p99 of each, people, queue, db.
import { sql } from 'kysely'
import { main as admin } from '../cloudfunctions/admin/index'
import { main as user } from '../cloudfunctions/user/index'
import { createSession } from '../server/auth/sessions'
import { seedDemo } from '../server/core/seed'
import { SEEDS } from '../cloudfunctions/seeds'
import { openBenchDatabase } from './_db'
import { ms, percentile, round } from './_util'

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 26000)
const RUNS = 30
type Env = { ok: boolean; code?: string; message?: string; data?: any }

async function main() {
  const bench = await openBenchDatabase()
  const { db } = bench
  process.env.LIANSHE_DEMO = '1'
  await seedDemo(bench.runtime, SEEDS)
  const as = (token: string) => ({ lianshe: { sessionToken: token, runtime: bench.runtime } })
  const call = async (action: string, input: unknown, token: string) => {
    // 本社区人员 is the one people list, admin.searchUsers; the rest is the user function.
    const fn = action === 'searchUsers' ? admin : user
    const r = (await fn({ action, input }, as(token))) as Env
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`)
    return r.data
  }
  const lingfeng = await db
    .selectFrom('communities')
    .select('id')
    .where('code', '=', 'BL-LINGFENG')
    .executeTakeFirstOrThrow()

  const t0 = process.hrtime.bigint()
  // People in bulk, in SQL: names from common surnames and given names, one in ten a rider.
  await sql`
    insert into users (role, display_name, phone, community_id, onboarded_at)
    select 'worker',
      (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + i % 10] ||
      (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛'])[1 + (i / 10) % 15] ||
      (array['','华','明','红','平'])[1 + (i / 150) % 5],
      '135' || lpad(i::text, 8, '0'), ${lingfeng.id}, now()
    from generate_series(1, ${PEOPLE}) as i`.execute(db)
  await sql`
    insert into user_roles (user_id, role) select id, 'worker' from users where phone like '135%'`.execute(db)
  await sql`
    insert into user_roles (user_id, role) select id, 'rider' from users where phone like '135%' and id % 10 = 0`.execute(
    db,
  )
  await sql`
    insert into role_applications (user_id, role, community_id, details)
    select id, 'expert', ${lingfeng.id}, jsonb_build_object('field', '智能制造', 'institution', '宁波大学', 'title', '讲师')
    from users where phone like '135%' and id % 10 = 1 limit 300`.execute(db)
  await sql`
    insert into rider_verifications (user_id, community_id, platform, rider_no)
    select id, ${lingfeng.id}, 'meituan', 'MT' || id from users where phone like '135%' and id % 10 = 0 limit 100`.execute(
    db,
  )
  await sql`analyze`.execute(db)
  const loadMs = ms(t0)

  const sw = await db.selectFrom('users').select('id').where('username', '=', 'demo_shegong').executeTakeFirstOrThrow()
  const token = await db
    .transaction()
    .execute(async (trx) => (await createSession(trx, sw.id, 'demo', new Date())).token)

  const timed = async (fn: () => Promise<unknown>) => {
    const xs: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint()
      await fn()
      xs.push(ms(t))
    }
    return { p50: round(percentile(xs, 50)), p99: round(percentile(xs, 99)) }
  }
  const base = { communityId: lingfeng.id }
  const first = await call('searchUsers', base, token)
  const searched = await call('searchUsers', { ...base, q: '王' }, token)
  const queue = await call('reviewQueue', {}, token)

  const firstPage = await timed(() => call('searchUsers', base, token))
  const search1 = await timed(() => call('searchUsers', { ...base, q: '王' }, token))
  const search2 = await timed(() => call('searchUsers', { ...base, q: '芳华' }, token))
  const byRole = await timed(() => call('searchUsers', { ...base, role: 'rider' }, token))
  const tenth = await timed(() => call('searchUsers', { ...base, page: 10 }, token))
  const review = await timed(() => call('reviewQueue', {}, token))

  // Deleting accounts that hold roles, an application and a verification.
  const leaving = await db
    .selectFrom('users')
    .select('id')
    .where('phone', 'like', '135%')
    .where(sql<boolean>`id % 10 = 0`)
    .orderBy('id')
    .limit(RUNS)
    .execute()
  const tokens = await db.transaction().execute(async (trx) => {
    const out: string[] = []
    for (const u of leaving) out.push((await createSession(trx, u.id, 'demo', new Date())).token)
    return out
  })
  let i = 0
  const deletion = await timed(() => call('deleteAccount', { confirm: '注销' }, tokens[i++]))

  console.log(
    `${bench.label}: ${PEOPLE} people in 灵峰 loaded in ${round(loadMs / 1000, 1)} s; first page ${first.items.length} of ${first.total}, '王' ${searched.items.length}+, queue ${queue.items.length}`,
  )
  console.log(
    `people p50 ${firstPage.p50} ms · search 王 ${search1.p50} ms · search 芳华 ${search2.p50} ms · riders ${byRole.p50} ms · 10th page ${tenth.p50} ms · queue ${review.p50} ms · delete ${deletion.p50} ms`,
  )
  await db.destroy()
  await bench.drop()
  console.log(
    JSON.stringify({
      people: PEOPLE,
      queue_items: queue.items.length,
      people_first_page_p50_ms: firstPage.p50,
      people_first_page_p99_ms: firstPage.p99,
      people_search_one_char_p50_ms: search1.p50,
      people_search_two_chars_p50_ms: search2.p50,
      people_by_role_p50_ms: byRole.p50,
      people_tenth_page_p50_ms: tenth.p50,
      review_queue_p50_ms: review.p50,
      review_queue_p99_ms: review.p99,
      delete_account_p50_ms: deletion.p50,
      delete_account_p99_ms: deletion.p99,
      db: bench.label,
    }),
  )
  if (first.items.length !== 50 || queue.items.length !== 200) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
