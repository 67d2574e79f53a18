import Taro from '@tarojs/taro'
import { DISMISS_REASONS } from '../../../../contract/talent'
import { Pressable } from '../../../components/Pressable'

type Reason = keyof typeof DISMISS_REASONS
const REASONS = Object.keys(DISMISS_REASONS) as Reason[]

/** 不感兴趣, with a reason picked from a sheet: the reason changes what is recommended next. */
export function DismissButton({ onDismiss }: { onDismiss: (reason: Reason) => void }) {
  const ask = async () => {
    const r = await Taro.showActionSheet({ itemList: REASONS.map((k) => DISMISS_REASONS[k]) }).catch(() => null)
    if (r) onDismiss(REASONS[r.tapIndex])
  }
  return (
    <Pressable className="talent-link talent-link--quiet" onPress={ask}>
      不感兴趣
    </Pressable>
  )
}
