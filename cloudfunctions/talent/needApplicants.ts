import { handler } from '../../server/core/define-function'
import { maskPhone } from '../../server/people/mask'
import { formatShanghai } from '../../server/time/shanghai'
import { needOwner } from './domain/access'
import { applicantCan } from './domain/owner-can'
import { headline } from './domain/profiles'

/** The experts interested in a talent need, first come first, as its enterprise sees them (phones masked). */
export const needApplicants = handler('talent', 'needApplicants', {
  access: needOwner('needId'),
  async run({ db, target: n }) {
    const rows = await db
      .selectFrom('talent_need_applications as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .leftJoin('talent_profiles as p', 'p.user_id', 'a.user_id')
      .select(['a.user_id', 'a.note', 'a.status', 'a.created_at', 'u.display_name', 'u.phone'])
      .select(['p.institution', 'p.title', 'p.field', 'p.skills', 'p.availability', 'p.dual_appointment'])
      .where('a.need_id', '=', n.id)
      .orderBy('a.id')
      .execute()
    return {
      items: rows.map((r) => ({
        userId: r.user_id,
        name: r.display_name,
        headline: headline({ institution: r.institution ?? '', title: r.title ?? '', field: r.field ?? '' }),
        skills: r.skills ?? [],
        availability: r.availability ?? null,
        dualAppointment: r.dual_appointment ?? false,
        phone: maskPhone(r.phone),
        note: r.note,
        status: r.status,
        at: formatShanghai(new Date(r.created_at)),
        can: applicantCan(n, r),
      })),
    }
  },
})
