import { sql } from 'kysely'
import { ROLE_LABELS } from '../../contract/roles'
import { RIDER_PLATFORMS } from '../../contract/canteen'
import type { ReviewItem } from '../../contract/user'
import { handler } from '../../server/core/define-function'
import { maskId, maskPhone } from '../../server/people/mask'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { communityStaff } from './domain/access'
import { applicationFacts } from './domain/applications'
import { pendingRiderVerifications } from '../canteen/public'

const LIMIT = 200

/**
 * One queue for a social worker: their communities' enterprise and expert applications and rider
 * verifications (riders are reviewed with canteen.reviewRider), oldest first. Admins see every
 * community, or the one named. The reviewer sees the applicant's name (to confirm who they are
 * with the enterprise) and the phone masked.
 */
export const reviewQueue = handler('user', 'reviewQueue', {
  access: communityStaff.ifNamed('communityId', { roles: ['social_worker', 'admin'] }),
  async run({ db, user, target }) {
    const scope = target ? [target.id] : isAdmin(user) ? null : [...socialWorkerOf(user), -1]
    let apps = db
      .selectFrom('role_applications as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .innerJoin('communities as c', 'c.id', 'a.community_id')
      .leftJoin('enterprises as e', (j) => j.on(sql<boolean>`e.credit_code = a.details->>'creditCode'`))
      .select([
        'a.id',
        'a.role',
        'a.details',
        'a.created_at',
        'u.display_name',
        'u.phone',
        'c.name as community',
        'e.name as registered_name',
        'e.community_id as registered_community_id',
        'e.grid_id as registered_grid_id',
        'a.community_id',
      ])
      .where('a.status', '=', 'pending')
      .orderBy('a.created_at')
      .orderBy('a.id')
      .limit(LIMIT)
    // A liaison application for an enterprise on record is its community's to review.
    if (scope)
      apps = apps.where((eb) =>
        eb.or([eb.and([eb('e.id', 'is', null), eb('a.community_id', 'in', scope)]), eb('e.community_id', 'in', scope)]),
      )

    const appRows = await apps.execute()
    // Grids to pick for liaisons whose enterprise is recorded now or has none yet.
    const gridCommunities = [
      ...new Set(
        appRows
          .filter((a) => a.role === 'enterprise' && a.registered_grid_id === null)
          .map((a) => a.registered_community_id ?? a.community_id),
      ),
    ]
    const grids = gridCommunities.length
      ? await db
          .selectFrom('grids')
          .select(['id', 'name', 'community_id'])
          .where('community_id', 'in', gridCommunities)
          .orderBy('id')
          .execute()
      : []
    const items: ReviewItem[] = [
      ...appRows.map((a) => {
        const details = a.details as { name?: string }
        const warning =
          a.role !== 'enterprise'
            ? null
            : a.registered_name === null
              ? '新企业：通过后将在本社区建档'
              : a.registered_name !== details.name
                ? `该信用代码已登记为「${a.registered_name}」，通过后关联到该企业`
                : null
        return {
          kind: a.role,
          id: a.id,
          label: ROLE_LABELS[a.role],
          applicant: a.display_name,
          phoneMasked: maskPhone(a.phone),
          community: a.community,
          facts: applicationFacts(a.role, a.details),
          photo: null,
          warning,
          grids:
            a.role === 'enterprise' && a.registered_grid_id === null
              ? grids
                  .filter((g) => g.community_id === (a.registered_community_id ?? a.community_id))
                  .map((g) => ({ id: g.id, name: g.name }))
              : null,
          createdAt: new Date(a.created_at).toISOString(),
        }
      }),
      ...(await pendingRiderVerifications(db, scope, LIMIT)).map((v) => ({
        kind: 'rider' as const,
        id: v.id,
        label: '骑手认证',
        applicant: v.display_name,
        phoneMasked: maskPhone(v.phone),
        community: v.community ?? '未选择社区',
        facts: [
          { label: '配送平台', value: RIDER_PLATFORMS[v.platform as keyof typeof RIDER_PLATFORMS] ?? v.platform },
          { label: '骑手编号', value: maskId(v.rider_no) },
        ],
        photo: v.photo,
        warning: null,
        grids: null,
        createdAt: new Date(v.created_at).toISOString(),
      })),
    ]
    items.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id - y.id)
    return { items: items.slice(0, LIMIT) }
  },
})
