import { createSession } from '../../server/auth/sessions'
import type { Role } from '../../contract/roles'
import type { Database } from '../../server/db'

/**
 * A signed-in person holding the given grants (an expert who is also an enterprise's liaison, a
 * broker of a community…), named as given; the session starts `at` (tests that move the clock).
 */
export async function personWith(
  db: Database,
  name: string,
  grants: { role: Role; enterpriseId?: number; communityId?: number }[],
  communityId: number | null = null,
  at = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const u = await trx
      .insertInto('users')
      .values({
        role: grants[0].role,
        display_name: name,
        phone: '13900001234',
        community_id: communityId,
        onboarded_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('user_roles')
      .values(
        grants.map((g) => ({
          user_id: u.id,
          role: g.role,
          enterprise_id: g.enterpriseId ?? null,
          community_id: g.communityId ?? null,
        })),
      )
      .execute()
    return { id: u.id, token: (await createSession(trx, u.id, 'demo', at)).token }
  })
}

/** A challenge's fields as the post form sends them; `deadline` a Shanghai date. */
export const challengeInput = (deadline: string, extra: Record<string, unknown> = {}) => ({
  title: '精密轴承磨削烧伤在线检测',
  summary: '套圈磨削后偶发烧伤，需要在线检测与工艺改进。',
  chain: 'bearing',
  skills: ['磨削工艺', '精密检测', '热处理'],
  awardKind: 'award',
  awardYuan: 120000,
  deadline,
  terms: '揭榜方须对详情保密，未经书面同意不得披露。',
  problem: '外圈滚道磨削后巴克豪森噪声超标的比例约 3%。',
  goals: '烧伤检出率 100%，误判率低于 1%。',
  criteria: '连续 3 个月在线检测数据与抽检一致。',
  ...extra,
})

export const expertProfile = (extra: Record<string, unknown> = {}) => ({
  field: '轴承制造',
  institution: '测试大学',
  title: '副教授',
  skills: ['磨削工艺', '精密检测'],
  chains: ['bearing'],
  availability: 'part_time',
  dualAppointment: false,
  languages: ['中文'],
  overseas: false,
  place: 'beilun',
  ...extra,
})
