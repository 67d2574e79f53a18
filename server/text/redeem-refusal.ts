import type { RedeemOutcome } from '../reservations/redeem'
import { whenWords } from '../time/shanghai'

/**
 * A refused code in the words of the place using it: `verb` is what staff do there (核销 at a
 * counter, 签到 at a door), `place` what the code should belong to (本餐厅, 本活动).
 */
export function redeemRefusal(o: Exclude<RedeemOutcome, { status: 'redeemed' }>, verb: string, place: string): string {
  switch (o.status) {
    case 'unknownCode':
      return '预约码不存在，请核对后重试'
    case 'otherOwner':
      return `这不是${place}的预约码`
    case 'alreadyRedeemed':
      return `该预约码已于 ${whenWords(o.at)} 由 ${o.byName ?? '工作人员'} ${verb}，不能重复${verb}`
    case 'cancelled':
      return '该预约已取消'
    case 'waitlisted':
      return '该预约仍在候补，尚未获得名额'
    case 'awaiting':
      return '该预约尚未确认（待审核或待本人确认）'
    case 'noShow':
      return '该预约已过时未到，已计为爽约'
    case 'outsideWindow':
      return `这是 ${whenWords(o.startsAt)} 的预约，请在该时段内${verb}`
  }
}

/** The refusal's error code: a code that does not exist is "not found", one of elsewhere "forbidden". */
export const redeemRefusalCode = (o: RedeemOutcome) =>
  o.status === 'unknownCode' ? 'NOT_FOUND' : o.status === 'otherOwner' ? 'FORBIDDEN' : 'CONFLICT'
