// Real route parameters for the pages that read them (`useRouter().params`), taken from the demo
// data through the API, for `npm run audit:a11y`. A page without parameters needs nothing here:
// the audit finds every page in src/app.config.ts. A new page that reads a parameter adds one
// entry (the audit stops and says so when one is missing). Each entry lists the variants to audit:
// `{}` for the page opened without one, when that is a real use (e.g. 新建站点).
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../contract'
import { PROFILE_FIELD_KEYS } from '../../contract/policy-rules'
import type { Role } from '../../contract/roles'

export type Api = <F extends FunctionName, A extends ActionName<F>>(
  as: Role | null,
  fn: F,
  action: A,
  input: InputOf<F, A>,
) => Promise<OutputOf<F, A>>

export type PageParams = Partial<Record<string, string | number>>

export const PAGE_PARAMS: Record<string, (api: Api) => Promise<PageParams[]>> = {
  'subpackages/stations/detail': async (api) => [{ id: await stationId(api) }],
  'subpackages/stations/manage': async (api) => [{}, { id: await stationId(api) }],
  'subpackages/stations/edit': async (api) => [{}, { id: await stationId(api) }],
  'subpackages/lab/index': async () => [{}],
  'subpackages/lab/item': async (api) => [
    { id: first((await api(null, 'lab', 'catalogue', { labId: await labId(api) })).items, 'lab.catalogue').id },
  ],
  'subpackages/lab/desk': async () => [{}],
  'subpackages/lab/import': async (api) => [{ lab: await labId(api) }],
  'subpackages/lab/stats': async (api) => [{ lab: await labId(api) }],
  'subpackages/canteen/book': async (api) => [{ id: await canteenId(api) }],
  'subpackages/canteen/counter': async (api) => [{ id: await canteenId(api) }],
  'subpackages/canteen/admin': async (api) => [{ id: await canteenId(api) }],
  'subpackages/activities/detail': async (api) => [{ id: await activityId(api) }],
  'subpackages/activities/roster': async (api) => [{ id: await activityId(api) }],
  // Admin: 新建社区 and an existing one; a department's page (its members open it without an id);
  // a person's page (the demo rider, as a 社工 or an admin opens it from the people search).
  'subpackages/admin/community': async (api) => [
    {},
    { id: first((await api('admin', 'admin', 'communities', {})).items, 'admin.communities').id },
  ],
  'subpackages/admin/department': async (api) => [
    {},
    { id: first((await api('admin', 'admin', 'departments', {})).items, 'admin.departments').id },
  ],
  'subpackages/admin/user': async (api) => [
    {
      id: first(
        (await api('admin', 'admin', 'searchUsers', { role: 'rider', page: 1, pageSize: 1 })).items,
        'admin.searchUsers',
      ).id,
    },
  ],
  // Demands: one the community's 社工 holds; the lists open on their defaults without parameters.
  'subpackages/demands/detail': async (api) => [
    {
      id: first(
        (await api('social_worker', 'demands', 'queue', { view: 'community', filter: 'all' })).items,
        'demands.queue',
      ).id,
    },
  ],
  'subpackages/demands/lists': async () => [{}],
  // 代企业提交 (a 社工) or 企业点单; from a visit record it carries the visit and the enterprise.
  // 网格走访: a new record, and the demo 社工's latest visit (the seed's 代报 one).
  'subpackages/demands/visit': async (api) => [
    {},
    { id: first((await api('social_worker', 'demands', 'visits', {})).items, 'demands.visits').id },
  ],
  'subpackages/demands/public': async () => [{}],
  'subpackages/demands/wish': async () => [{}],
  // A wish of the demo lists (its claim buttons come from the server's can), and a community's 圆梦墙.
  'subpackages/demands/wish-detail': async (api) => [
    { id: first((await api(null, 'demands', 'lists', {})).wishes, 'demands.lists wishes').id },
  ],
  'subpackages/demands/wall': async () => [{}],
  // 志愿服务: the teams of the asker's community, a seeded team's tasks, asking for a repair.
  'subpackages/volunteers/index': async () => [{}],
  'subpackages/volunteers/tasks': async (api) => {
    const { communities } = await api(null, 'demands', 'lists', {})
    const taibai = first(
      communities.filter((c) => c.name.includes('太白')),
      'demands.lists communities (太白)',
    )
    return [
      {
        teamId: first((await api(null, 'volunteers', 'teams', { communityId: taibai.id })).items, 'volunteers.teams')
          .id,
      },
    ]
  },
  'subpackages/volunteers/repair': async () => [{}],
  // 人才揭榜: an open challenge of the demo liaison's enterprise (its public page and its management);
  // posting a challenge, or a talent need (kind=need).
  'subpackages/talent/challenge': async (api) => [{ id: await talentChallengeId(api) }],
  'subpackages/talent/manage': async (api) => [{ id: await talentChallengeId(api) }],
  'subpackages/talent/post': async () => [{}, { kind: 'need' }],
  // 零工市场: the demo liaison's first open posting (its page, its applicants, its editor; 发布 without one).
  'subpackages/jobs/detail': async (api) => [{ id: await jobPostingId(api) }],
  'subpackages/jobs/applicants': async (api) => [{ postingId: await jobPostingId(api) }],
  'subpackages/jobs/post': async (api) => [{}, { id: await jobPostingId(api) }],
  // 共享员工: the board, and opened from a worker's notice at one match.
  'subpackages/jobs/share': async (api) => [
    {},
    { matchId: first((await api('social_worker', 'jobs', 'shareBoard', {})).matches, 'jobs.shareBoard').id },
  ],
  // 政策: the first current policy (its page and, for staff, its editor; 新建政策 without an id); 我的条件
  // whole and as opened from a policy asking for two facts; a 青创导师's page.
  'subpackages/policies/detail': async (api) => [{ id: await policyId(api) }],
  'subpackages/policies/edit': async (api) => [{}, { id: await policyId(api) }],
  // 专场招聘会: the demo market's next fair (its page, its door and results for the 社工, booking a
  // booth there for the demo liaison) and the demo liaison's booth at last week's fair.
  'subpackages/fairs/detail': async (api) => [{ id: await fairId(api) }],
  'subpackages/fairs/checkin': async (api) => [{ id: await fairId(api) }],
  'subpackages/fairs/results': async (api) => [{ id: await fairId(api) }],
  'subpackages/fairs/booth': async (api) => [
    { fairId: await fairId(api) },
    { boothId: first((await api('enterprise', 'fairs', 'mine', {})).booths, 'fairs.mine').boothId },
  ],
  'subpackages/policies/profile': async () => [{}, { only: PROFILE_FIELD_KEYS.slice(0, 2).join(',') }],
  'subpackages/policies/mentor': async (api) => [
    { id: first((await api(null, 'policies', 'mentors', {})).items, 'policies.mentors').id },
  ],
  // 企业点单, also opened prefilled from a 全链共享 project; 绿电享's rounds and the history round.
  'subpackages/demands/file': async () => [{}, { category: 'land', title: '参加「共享仓储」' }],
  'subpackages/sharing/round': async (api) => [
    {},
    { id: first((await api('enterprise', 'sharing', 'rounds', {})).items, 'sharing.rounds').id },
  ],
  // The 社工's forms: a new project and 灵峰's first project to edit; a new round; the loan programme.
  'subpackages/sharing/project': async (api) => {
    const catalogue = await api(null, 'sharing', 'projects', {})
    const project = first(catalogue.items, 'sharing.projects')
    return [{}, { id: project.id, communityId: catalogue.community!.id }]
  },
  'subpackages/sharing/newRound': async () => [{}],
  'subpackages/sharing/programme': async () => [{}],
}

/** The first current policy, as anyone sees the list. */
async function policyId(api: Api) {
  const list = await api(null, 'policies', 'list', { q: '', window: 'current', sort: 'deadline', offset: 0, limit: 1 })
  return first(list.items, 'policies.list').id
}

/** The demo liaison's first open posting. */
async function jobPostingId(api: Api) {
  const mine = await api('enterprise', 'jobs', 'myPostings', {})
  return first(
    mine.items.filter((p) => p.status === 'open'),
    'jobs.myPostings',
  ).id
}

/** The demo liaison's first open challenge. */
async function talentChallengeId(api: Api) {
  const mine = await api('enterprise', 'talent', 'mine', {})
  return first(
    mine.challenges.filter((c) => c.status === 'open'),
    'talent.mine',
  ).id
}

/** The station nearest the demo community's centre (the one a rider opens first). */
async function stationId(api: Api) {
  const { community } = await api(null, 'community', 'home', {})
  const near = await api('rider', 'stations', 'nearby', {
    lng: community.lng,
    lat: community.lat,
    radiusM: 10_000,
    facilities: [],
    openNow: false,
    q: '',
    limit: 1,
  })
  return first(near.items, 'stations.nearby').id
}

async function canteenId(api: Api) {
  return first((await api(null, 'canteen', 'list', {})).items, 'canteen.list').id
}

async function labId(api: Api) {
  return first((await api(null, 'lab', 'labs', {})).items, 'lab.labs').id
}

async function activityId(api: Api) {
  return first((await api(null, 'activities', 'list', {})).items, 'activities.list').id
}

async function fairId(api: Api) {
  return first((await api(null, 'fairs', 'list', {})).items, 'fairs.list').id
}

function first<T>(items: T[], from: string): T {
  if (!items.length) throw new Error(`演示数据里没有可用的记录（${from}）`)
  return items[0]
}
