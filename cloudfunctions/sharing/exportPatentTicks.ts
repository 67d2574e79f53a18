import { handler } from '../../server/core/define-function'
import { shanghaiDate } from '../../server/time/shanghai'
import { instituteMember } from './domain/access'
import { exportAnswer } from './domain/sheets'
import { ticksOf } from './domain/ticks'

/** The institute's ticks (one row per patent × enterprise) as .xlsx/CSV. */
export const exportPatentTicks = handler('sharing', 'exportPatentTicks', {
  access: instituteMember('departmentId'),
  async run({ db, target, now }) {
    const t = await ticksOf(db, target.id)
    return { institute: target.name, patents: t.patents, picks: t.picks, today: shanghaiDate(now) }
  },
  async finish({ institute, patents, picks, today }, _ctx, { format }) {
    return exportAnswer(
      format,
      `专利意向-${today}`,
      `${institute}专利意向`.slice(0, 31),
      ['专利号', '专利名称', '意向企业', '统一社会信用代码', '勾选日期', '转让协议'],
      picks.map((k) => {
        const p = patents.find((x) => x.id === k.patent_id)!
        return [
          p.number,
          p.title,
          k.name,
          k.credit_code,
          shanghaiDate(new Date(k.picked_at)),
          k.agreement_at ? '已签' : '',
        ]
      }),
    )
  },
})
