import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { enterprisesOf } from '../../server/people/roles'
import { dayWords, shanghaiDate, shanghaiInstant } from '../../server/time/shanghai'
import { workingDaysFrom } from '../../server/time/working-days'
import { labById } from './domain/access'
import { itemColumns, presentItem } from './domain/catalogue'
import { presentLab } from './domain/present'
import { DROPOFF_DAYS } from './domain/dropoff'

/** One test item, the drop-off days open for ordering with the places left, and whom the asker may order for. */
export const item = handler('lab', 'item', {
  access: 'public',
  async run({ db, user, now }, { itemId }) {
    const row = await db
      .selectFrom('lab_items as i')
      .innerJoin('lab_categories as c', 'c.id', 'i.category_id')
      .select([...itemColumns, 'i.lab_id'])
      .where('i.id', '=', itemId)
      .where('i.active', '=', true)
      .executeTakeFirst()
    if (!row) return refuse('NOT_FOUND', '检测项目不存在或已下架')
    const lab = await labById(db, row.lab_id)
    const dates = workingDaysFrom(shanghaiDate(now), DROPOFF_DAYS)
    const taken = await db
      .selectFrom('slots')
      .select(['starts_at', 'taken', 'capacity', 'closed_at'])
      .where('kind', '=', 'lab')
      .where('owner_id', '=', lab.id)
      .where('starts_at', '>=', shanghaiInstant(dates[0]))
      .where('starts_at', '<=', shanghaiInstant(dates[dates.length - 1], 24 * 60))
      .execute()
    const left = new Map(
      taken.map((s) => [shanghaiDate(new Date(s.starts_at)), s.closed_at ? 0 : Math.max(0, s.capacity - s.taken)]),
    )
    const mine = user ? enterprisesOf(user) : []
    const enterprises = mine.length
      ? await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', mine).orderBy('id').execute()
      : []
    return {
      lab: presentLab(lab),
      item: presentItem(row),
      days: dates.map((date) => {
        return {
          date,
          label: dayWords(date),
          placesLeft: left.get(date) ?? lab.daily_capacity,
        }
      }),
      enterprises,
      can: { order: enterprises.length > 0 },
    }
  },
})
