import type { Role } from '../../contract/roles'
import { hashPassword } from '../../server/auth/password'
import type { SeedCtx } from '../../server/core/feature'
import { grantRole } from '../../server/people/grants'
import { COMMUNITIES } from '../community/seed'

/** One demo account per role (demo mode only). Staff also get a username for password sign-in. */
export const DEMO_USERS: {
  role: Role
  displayName: string
  phone: string
  username?: string
  /** The community they belong to (and, for a social worker, serve), when not the first one. */
  community?: string
}[] = [
  { role: 'rider', displayName: '骑手 王小哥', phone: '13812345601' },
  { role: 'worker', displayName: '职工 李芳', phone: '13812345602' },
  { role: 'entrepreneur', displayName: '青创客 陈晨', phone: '13812345603' },
  { role: 'enterprise', displayName: '企业联络员 张建国', phone: '13812345604' },
  { role: 'expert', displayName: '专家 周教授', phone: '13812345605' },
  { role: 'social_worker', displayName: '社工 刘敏', phone: '13812345606', username: 'demo_shegong' },
  { role: 'department', displayName: '区人社局 赵科长', phone: '13812345607', username: 'demo_bumen' },
  { role: 'admin', displayName: '管理员 孙磊', phone: '13812345608', username: 'demo_admin' },
  { role: 'mentor', displayName: '青创导师 吴书记', phone: '13812345609' },
  { role: 'broker', displayName: '人才经纪人 何晓', phone: '13812345610' },
  // 太白社区's canteen is in 金创: its own social worker reviews its riders (demo sign-in stays 灵峰's).
  {
    role: 'social_worker',
    displayName: '社工 金创 林悦',
    phone: '13812345611',
    username: 'demo_shegong_jinchuang',
    community: 'BL-JINCHUANG',
  },
]

/** Shared by the demo staff accounts; printed by `npm start` in demo mode only. */
export const DEMO_STAFF_PASSWORD = 'lianshe-demo'

/** One demo account per role, in the first community; staff get the shared demo password. */
export async function seedDemoUsers(ctx: SeedCtx) {
  const { db } = ctx
  const home = await db
    .selectFrom('communities')
    .select('id')
    .where('code', '=', COMMUNITIES[0].code)
    .executeTakeFirstOrThrow()
  // scrypt is slow on purpose: hash once, and only if a staff account is created.
  let passwordHash: Promise<string> | undefined
  const staffHash = () => (passwordHash ??= hashPassword(DEMO_STAFF_PASSWORD))
  for (const u of DEMO_USERS) {
    if (await demoAccountOf(db, u)) continue
    const community = u.community
      ? await db.selectFrom('communities').select('id').where('code', '=', u.community).executeTakeFirstOrThrow()
      : home
    await db
      .insertInto('users')
      .values({
        role: u.role,
        display_name: u.displayName,
        phone: u.phone,
        username: u.username ?? null,
        password_hash: u.username ? await staffHash() : null,
        community_id: community.id,
        demo: true,
        onboarded_at: ctx.now,
        birth_year: u.role === 'entrepreneur' ? 1998 : null,
      })
      .execute()
  }
  await grantDemoRoles(ctx, home.id)
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('demo', '=', true)
    .executeTakeFirstOrThrow()
  return { users: Number(n) }
}

/** The demo account of a role, if seeded (other features' seeds use the demo social worker). */
export async function demoUserId(db: SeedCtx['db'], role: Role): Promise<number | null> {
  const u = await db
    .selectFrom('users')
    .select('id')
    .where('demo', '=', true)
    .where('role', '=', role)
    .orderBy('id')
    .executeTakeFirst()
  return u?.id ?? null
}

/** A demo account as listed: staff by username, the others by role (one each). */
async function demoAccountOf(db: SeedCtx['db'], u: (typeof DEMO_USERS)[number]): Promise<number | null> {
  if (!u.username) return demoUserId(db, u.role)
  const row = await db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst()
  return row?.id ?? null
}

/** Each demo account holds its role in its scope: the social worker of the first community (and
 * of its grids), the department member of 区人社局, the liaison of an example enterprise. */
async function grantDemoRoles(ctx: SeedCtx, homeId: number) {
  const { db } = ctx
  const department = await db.selectFrom('departments').select('id').where('code', '=', 'BL-RSJ').executeTakeFirst()
  const enterprise = await db
    .selectFrom('enterprises')
    .select('id')
    .where('community_id', '=', homeId)
    .orderBy('id')
    .executeTakeFirst()
  for (const u of DEMO_USERS) {
    const id = await demoAccountOf(db, u)
    if (!id) continue
    const own = await db.selectFrom('users').select('community_id').where('id', '=', id).executeTakeFirstOrThrow()
    const communityId = own.community_id ?? homeId
    await grantRole(
      ctx,
      {
        userId: id,
        role: u.role,
        communityId: u.role === 'social_worker' || u.role === 'broker' ? communityId : null,
        departmentId: u.role === 'department' ? (department?.id ?? null) : null,
        enterpriseId: u.role === 'enterprise' ? (enterprise?.id ?? null) : null,
        details: u.role === 'expert' ? { field: '智能制造', institution: '宁波大学（示例）', title: '教授' } : {},
      },
      null,
    )
    if (u.role === 'social_worker' && communityId === homeId) {
      await db.updateTable('grids').set({ social_worker_id: id }).where('community_id', '=', homeId).execute()
    }
  }
}
