import { csvText, xlsxBuffer } from '../../../server/sheets'
import { CHALLENGE_STATUS } from '../../../contract/talent'
import { AWARD_KINDS } from '../../../contract/talent-vocabulary'
import type { ChallengeSummary } from '../../../contract/talent'
import { CHAIN_LABEL } from './words'

// The board as a spreadsheet for community staff. Public fields only: it is built from
// ChallengeSummary, which has no place for a challenge's confidential details.
const HEADER = [
  '编号',
  '榜单',
  '公开摘要',
  '产业链',
  '所需技能',
  '奖金/预算',
  '金额（元）',
  '截止日期',
  '状态',
  '发榜企业',
  '社区',
  '揭榜数',
  '牵线数',
  '发布时间',
]

export type BoardRow = ChallengeSummary & { introductions: number }

const cells = (r: BoardRow) => [
  r.id,
  r.title,
  r.summary,
  CHAIN_LABEL[r.chain],
  r.skills.join('、'),
  AWARD_KINDS[r.awardKind],
  r.awardYuan,
  r.deadline,
  CHALLENGE_STATUS[r.status],
  r.enterpriseName,
  r.communityName,
  r.takers,
  r.introductions,
  r.postedAt,
]

/** UTF-8 CSV with a BOM (Excel opens it as Chinese), or an .xlsx workbook (server/sheets.ts: formulas made inert). */
export async function boardSheet(rows: BoardRow[], format: 'csv' | 'xlsx'): Promise<Buffer> {
  const sheet = {
    name: '人才揭榜',
    header: HEADER,
    rows: rows.map(cells),
    widths: [8, 28, 40, 12, 24, 10, 12, 12, 8, 28, 18, 8, 8, 18],
    freezeHeader: true,
  }
  return format === 'csv' ? Buffer.from(csvText(sheet), 'utf8') : xlsxBuffer(sheet)
}
