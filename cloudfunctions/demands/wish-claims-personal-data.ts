import type { PersonalData } from '../../server/core/feature'

/**
 * Wish claims. A person's own claims (as a volunteer) go; a claim made for an organisation stays
 * with the organisation's name, no longer theirs. Claims on a leaving person's own wishes go with
 * the wishes (demands' part erases those right after this one).
 */
export const wishClaimsPersonalData: PersonalData = {
  tables: ['wish_claims'],
  goes: ['你以志愿者身份认领的微心愿记录', '别人对你发布的微心愿的认领'],
  stays: ['以企业或部门名义认领并已圆梦的心愿（归单位，不再关联到你）'],
  async export({ db }, userId) {
    const claims = await db
      .selectFrom('wish_claims as k')
      .innerJoin('wishes as w', 'w.id', 'k.wish_id')
      .select(['w.title', 'k.kind', 'k.claimer_label', 'k.how', 'k.by_date', 'k.status', 'k.thanks', 'k.offered_at'])
      .where('k.claimer_id', '=', userId)
      .orderBy('k.id')
      .execute()
    return { wishClaims: claims }
  },
  async erase({ db }, userId) {
    const onMine = db.selectFrom('wishes').select('id').where('user_id', '=', userId)
    const personal = db
      .selectFrom('wish_claims')
      .select('id')
      .where((eb) =>
        eb.or([eb('wish_id', 'in', onMine), eb.and([eb('claimer_id', '=', userId), eb('kind', '=', 'volunteer')])]),
      )
    // A claim's photos go with it, then the claims; organisations' claims stay, anonymised.
    await db.deleteFrom('demand_attachments').where('claim_id', 'in', personal).execute()
    await db
      .deleteFrom('wish_claims')
      .where((eb) =>
        eb.or([eb('wish_id', 'in', onMine), eb.and([eb('claimer_id', '=', userId), eb('kind', '=', 'volunteer')])]),
      )
      .execute()
    await db.updateTable('wish_claims').set({ claimer_id: null }).where('claimer_id', '=', userId).execute()
  },
}
