import { handler } from '../../server/core/define-function'
import { SHEET_MIME, sheetBase64 } from '../../server/sheets'
import { shanghaiDate } from '../../server/time/shanghai'
import { postingOwner } from './domain/access'
import { rankedApplicants } from './domain/rank'

/** A posting's applicants as .xlsx or CSV for the enterprise; phones only of the people it hired. */
export const exportApplicants = handler('jobs', 'exportApplicants', {
  access: postingOwner('postingId'),
  async run({ db, now, target: p }) {
    const items = await rankedApplicants(db, p, now)
    const rows = items.map((a) => [
      a.name,
      a.statusLabel,
      a.score,
      a.reasons.join('；'),
      a.skills.join('、'),
      a.certificates.join('、'),
      a.availability,
      a.status === 'hired' ? a.fullPhone : '',
      a.appliedAt,
    ])
    return { rows, title: p.title, filename: `${p.title}-投递名单-${shanghaiDate(now, '')}` }
  },
  // Building the workbook is CPU work: after commit, never holding the database.
  finish: async ({ rows, title, filename }, _ctx, { format }) => ({
    filename: `${filename}.${format}`,
    mime: SHEET_MIME[format],
    base64: await sheetBase64(format, {
      name: title.slice(0, 28) || '投递名单',
      header: ['姓名', '状态', '匹配分', '匹配理由', '技能', '证书', '可工作时间', '手机号（仅已录用）', '投递时间'],
      rows,
      freezeHeader: true,
    }),
    rows: rows.length,
  }),
})
