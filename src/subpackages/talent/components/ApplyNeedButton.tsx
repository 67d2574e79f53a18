import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Pressable } from '../../../components/Pressable'
import { call } from '../../../services/call'
import { toast } from '../../../services/toast'

/**
 * 我有意向 on a talent need: after a confirmation saying what the enterprise will see, the
 * enterprise's liaisons are told and can 录用. Once per need (the server says so if tapped again).
 */
export function ApplyNeedButton({ needId, role, onApplied }: { needId: number; role: string; onApplied?: () => void }) {
  const [done, setDone] = useState(false)
  const apply = async () => {
    const ok = await Taro.showModal({
      title: '表达意向',
      content: `向企业表达对「${role}」的意向？企业将看到你的专家档案和打码的手机号。`,
      confirmText: '我有意向',
    }).catch(() => null)
    if (!ok?.confirm) return
    if (await call('talent', 'applyNeed', { needId }, { loading: '正在提交' }).catch(() => null)) {
      setDone(true)
      toast('已告知企业')
      onApplied?.()
    }
  }
  return done ? (
    <View className="talent-link talent-link--quiet" aria-disabled>
      已表达意向
    </View>
  ) : (
    <Pressable className="talent-link talent-link--primary talent-link--fit" onPress={apply}>
      {`我有意向：${role}`}
    </Pressable>
  )
}
