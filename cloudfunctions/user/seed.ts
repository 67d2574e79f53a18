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
  /** The grid a social worker holds (一社工一网格). */
  grid?: string
  /** The department (member unit) code a department member or bank holds, when not 区人社局. */
  department?: string
}[] = [
  { role: 'rider', displayName: '骑手 王小哥', phone: '13812345601' },
  { role: 'worker', displayName: '职工 李芳', phone: '13812345602' },
  { role: 'entrepreneur', displayName: '青创客 陈晨', phone: '13812345603' },
  { role: 'enterprise', displayName: '企业联络员 张建国', phone: '13812345604' },
  { role: 'expert', displayName: '专家 周教授', phone: '13812345605' },
  {
    role: 'social_worker',
    displayName: '社工 刘敏',
    phone: '13812345606',
    username: 'demo_shegong',
    grid: '第一网格',
  },
  { role: 'department', displayName: '区人社局 赵科长', phone: '13812345607', username: 'demo_bumen' },
  { role: 'admin', displayName: '管理员 孙磊', phone: '13812345608', username: 'demo_admin' },
  { role: 'mentor', displayName: '青创导师 吴书记', phone: '13812345609' },
  { role: 'broker', displayName: '人才经纪人 何晓', phone: '13812345610' },
  // 红链贷: a partner bank's account manager (示例), staff of that bank's member unit.
  {
    role: 'bank',
    displayName: '银行客户经理 郑蕾（示例）',
    phone: '13812345614',
    username: 'demo_bank',
    department: 'BL-BANK-1',
  },
  // The free-patent list's contact at 中科院宁波材料所 (示例 person): a member of the institute's member unit.
  {
    role: 'department',
    displayName: '材料所成果转化 沈工（示例）',
    phone: '13812345615',
    username: 'demo_yuansuo',
    department: 'NB-NIMTE',
  },
  // 北仑's 党建指导员 (000_…txt: 企业点单、党建指导员传单、工业社区派单): 灵峰 uses the step (示例 person).
  { role: 'party_guide', displayName: '党建指导员 林书记（示例）', phone: '13812345616' },
  // 太白社区 (大碶街道, 001_…txt) runs the 延时餐厅: its own 社工 reviews its riders and runs the counter.
  {
    role: 'social_worker',
    displayName: '社工 太白 林悦',
    phone: '13812345611',
    username: 'demo_shegong_taibai',
    community: 'BL-TAIBAI',
  },
  // The 社工 who organize the seeded activities of 岩河 and 海曙乡创中心 (示例 people, no sign-in).
  {
    role: 'social_worker',
    displayName: '社工 岩河 周琳（示例）',
    phone: '13812345720',
    community: 'BL-YANHE',
  },
  {
    role: 'social_worker',
    displayName: '社工 海曙乡创中心 邱洋（示例）',
    phone: '13812345721',
    community: 'HS-XIANGCHUANG',
  },
  // 一社工一网格 (002_…txt): 灵峰's other two grids each have their own 社工 (示例 people, no sign-in).
  ...(
    [
      ['社工 灵峰 陈静（示例）', '13812345612', '第二网格'],
      ['社工 灵峰 王涛（示例）', '13812345613', '第三网格'],
    ] as const
  ).map(([displayName, phone, grid]) => ({ role: 'social_worker' as const, displayName, phone, grid })),
  // 澄潭: 7 专职社工, 5 网格 分片包干 (004_…txt); five hold a grid each, two none (示例 people, no sign-in).
  ...(
    [
      ['社工 澄潭 张燕（示例）', '第一网格'],
      ['社工 澄潭 俞斌（示例）', '第二网格'],
      ['社工 澄潭 吕婷（示例）', '第三网格'],
      ['社工 澄潭 潘磊（示例）', '第四网格'],
      ['社工 澄潭 石慧（示例）', '第五网格'],
      ['社工 澄潭 梁晨（示例）', undefined],
      ['社工 澄潭 袁洁（示例）', undefined],
    ] as const
  ).map(([displayName, grid], i) => ({
    role: 'social_worker' as const,
    displayName,
    phone: `138123457${String(i + 1).padStart(2, '0')}`,
    community: 'XC-CHENGTAN',
    grid,
  })),
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

/** A demo account as listed: staff by username, the others by their phone. */
async function demoAccountOf(db: SeedCtx['db'], u: (typeof DEMO_USERS)[number]): Promise<number | null> {
  const row = u.username
    ? await db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst()
    : await db
        .selectFrom('users')
        .select('id')
        .where('demo', '=', true)
        .where('phone', '=', u.phone)
        .where('role', '=', u.role)
        .executeTakeFirst()
  return row?.id ?? null
}

/** Each demo account holds its role in its scope: a social worker their community (and their grid),
 * the department member 区人社局, the liaison an example enterprise. */
async function grantDemoRoles(ctx: SeedCtx, homeId: number) {
  const { db } = ctx
  const departments = new Map(
    (await db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]),
  )
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
        communityId: u.role === 'social_worker' || u.role === 'broker' || u.role === 'party_guide' ? communityId : null,
        departmentId:
          u.role === 'department' || u.role === 'bank' ? (departments.get(u.department ?? 'BL-RSJ') ?? null) : null,
        enterpriseId: u.role === 'enterprise' ? (enterprise?.id ?? null) : null,
        details: u.role === 'expert' ? { field: '智能制造', institution: '宁波大学（示例）', title: '教授' } : {},
      },
      null,
    )
    if (u.role === 'social_worker' && u.grid) {
      await db
        .updateTable('grids')
        .set({ social_worker_id: id })
        .where('community_id', '=', communityId)
        .where('name', '=', u.grid)
        .execute()
    }
  }
}
