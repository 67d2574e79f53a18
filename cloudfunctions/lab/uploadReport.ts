import { REPORT_HINT, REPORT_LIMIT_BYTES } from '../../contract/lab'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { sniffMime } from '../../server/files/types'
import { ownUpload } from '../demands/public'
import { orderStaff } from './domain/access'
import { checkMove } from './domain/flow'
import { presentOrder } from './domain/present'
import { recordStep } from './domain/progress'
import { countReport } from './domain/stats'

/**
 * Lab staff attach the report (PDF, ≤ 20 MB) to an order in testing: 已出报告, counted in the
 * month's figures. A gateway upload must be the caller's own and is judged by its own first bytes
 * (a renamed Word file is refused); a WeChat cloud file must lie in the caller's folder.
 */
export const uploadReport = handler('lab', 'uploadReport', {
  access: orderStaff('orderId'),
  async run(ctx, { file }) {
    const { db, user, now } = ctx
    const { order: o, lab } = ctx.target
    checkMove(o.status, 'reported')
    const report = (n: string, bytes: number, mime: string) =>
      !/\.pdf$/i.test(n) || (mime && mime !== 'application/pdf')
        ? `「${n}」不是 PDF 文件。${REPORT_HINT}`
        : bytes > REPORT_LIMIT_BYTES
          ? `「${n}」超过 20 MB。${REPORT_HINT}`
          : null
    const { name, size, head } = await ownUpload(ctx, file, user.id, report)
    if (head && sniffMime(head, name) !== 'application/pdf')
      refuse('BAD_REQUEST', `「${name}」不是 PDF 文件。${REPORT_HINT}`)
    const taken = await db
      .selectFrom('lab_orders')
      .select('id')
      .where('report_file_id', '=', file.fileId)
      .executeTakeFirst()
    if (taken) refuse('CONFLICT', `文件「${name}」已用于其他订单，请重新上传`)
    await db
      .updateTable('lab_orders')
      .set({ status: 'reported', reported_at: now, report_file_id: file.fileId, report_name: name, report_size: size })
      .where('id', '=', o.id)
      .execute()
    await countReport(ctx, o, now)
    await recordStep(ctx, user.id, lab, o, o.status, 'reported', '可在「我的检测订单」下载报告')
    return presentOrder(db, o.id, { staff: true, now })
  },
})
