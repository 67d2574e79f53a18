import { LOAN_STATUS } from '../../contract/sharing'
import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { isAdmin, socialWorkerOf } from '../../server/people/roles'
import { shanghaiDate } from '../../server/time/shanghai'
import { exportAnswer } from './domain/sheets'

/** 红链贷 applications of a community (社工: their own) as .xlsx/CSV, with amounts and outcomes. */
export const exportLoans = handler('sharing', 'exportLoans', {
  access: ['social_worker', 'admin'],
  async run({ db, user, now }, { communityId }) {
    const mine = socialWorkerOf(user)
    if (communityId && !isAdmin(user) && !mine.includes(communityId)) refuse('FORBIDDEN', '只能导出本社区的数据')
    let q = db
      .selectFrom('sharing_loans as l')
      .innerJoin('sharing_loan_programmes as p', 'p.id', 'l.programme_id')
      .innerJoin('enterprises as e', 'e.id', 'l.enterprise_id')
      .leftJoin('departments as d', 'd.id', 'l.bank_id')
      .select([
        'l.id',
        'e.name',
        'l.credit_code',
        'l.amount_yuan',
        'l.purpose',
        'l.chain',
        'd.name as bank',
        'l.status',
        'l.approved_yuan',
        'l.reason',
        'l.created_at',
      ])
    if (communityId) q = q.where('p.community_id', '=', communityId)
    else if (!isAdmin(user)) q = q.where('p.community_id', 'in', mine.length ? mine : [-1])
    return { rows: await q.orderBy('l.id').execute(), today: shanghaiDate(now) }
  },
  async finish({ rows, today }, _ctx, { format }) {
    return exportAnswer(
      format,
      `红链贷-${today}`,
      '红链贷申请',
      [
        '编号',
        '企业',
        '统一社会信用代码',
        '申请金额（元）',
        '用途',
        '产业链',
        '受理银行',
        '状态',
        '批准金额（元）',
        '理由',
        '申请时间',
      ],
      rows.map((l) => [
        l.id,
        l.name,
        l.credit_code,
        Number(l.amount_yuan),
        l.purpose,
        l.chain,
        l.bank ?? '',
        LOAN_STATUS[l.status],
        l.approved_yuan === null ? null : Number(l.approved_yuan),
        l.reason,
        shanghaiDate(new Date(l.created_at)),
      ]),
    )
  },
})
