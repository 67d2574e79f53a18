import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { isCommunityStaff } from '../../server/people/staff'
import { programmeOf } from './domain/loans'

/**
 * The community's 红链贷 programme (cap, partner banks) and the caller's enterprises to prefill the
 * form; for the community's staff, the member units the programme's partner banks are chosen from.
 */
export const loanProgramme = handler('sharing', 'loanProgramme', {
  access: 'public',
  async run({ db, user }, { communityId }) {
    const mine = user ? enterprisesOf(user) : []
    const ents = mine.length
      ? await db
          .selectFrom('enterprises')
          .select(['id', 'name', 'credit_code', 'industry', 'community_id'])
          .where('id', 'in', mine)
          .orderBy('id')
          .execute()
      : []
    const community = communityId ?? ents[0]?.community_id ?? user?.community_id ?? null
    const p = community ? await programmeOf(db, community) : undefined
    const banks = p
      ? await db
          .selectFrom('sharing_loan_banks as b')
          .innerJoin('departments as d', 'd.id', 'b.department_id')
          .select(['d.id', 'd.name'])
          .where('b.programme_id', '=', p.id)
          .orderBy('d.name')
          .execute()
      : []
    const enterprises = ents
      .filter((e) => e.community_id === community)
      .map((e) => ({ id: e.id, name: e.name, creditCode: e.credit_code, chain: e.industry }))
    const canEdit = community !== null && isCommunityStaff(user, community)
    const memberUnits = canEdit
      ? await db
          .selectFrom('departments')
          .select(['id', 'name'])
          .where('kind', '=', 'member_unit')
          .where('active', '=', true)
          .orderBy('name')
          .execute()
      : []
    return {
      communityId: community,
      canEdit,
      memberUnits,
      programme: p ? { id: p.id, name: p.name, intro: p.intro, capYuan: Number(p.cap_yuan), banks } : null,
      enterprises,
      canApply: Boolean(p) && enterprises.length > 0,
    }
  },
})
