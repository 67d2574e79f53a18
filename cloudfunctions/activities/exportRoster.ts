import { REGISTRATION_STATUS } from '../../contract/activities'
import { handler } from '../../server/core/define-function'
import { csvText } from '../../server/sheets'
import { shanghaiDate } from '../../server/time/shanghai'
import { activityOrganizer } from './domain/access'
import { rosterRows } from './domain/roster'

/** The roster as CSV (BOM for Excel); phone numbers masked unless the organizer may see them. */
export const exportRoster = handler('activities', 'exportRoster', {
  access: activityOrganizer('id'),
  async run({ db, user, now, target: a }) {
    const { rows } = await rosterRows(db, a, user)
    return { rows, questions: a.questions, filename: `${a.title}-名单-${shanghaiDate(now, '')}.csv` }
  },
  // Building the file is CPU work: after commit, never holding the database.
  finish: async ({ rows, questions, filename }) => {
    const header = ['序号', '姓名', '手机号', '状态', '人数', '候补位次', '签到时间', ...questions.map((q) => q.label)]
    const lines = rows.map((r, i) => [
      i + 1,
      r.name,
      r.phone,
      REGISTRATION_STATUS[r.status],
      r.seats,
      r.position ?? '',
      r.checkedInAt ?? '',
      ...questions.map((q) => (Object.hasOwn(r.answers, q.id) ? r.answers[q.id] : '')),
    ])
    // server/sheets.ts writes every sheet: an answer typed like a formula stays text.
    return { filename, csv: csvText({ name: '名单', header, rows: lines }), rows: rows.length }
  },
})
