import { View, Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { Button } from '../../ui/Button'
import { CommunityPicker } from './components/CommunityPicker'
import './account.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

/** 更换社区: moving to another park. The history is kept; staff roles stay where they were granted. */
export default function MovePage() {
  const [me, setMe] = useState<Me>()
  const [error, setError] = useState<CallError>()
  const [to, setTo] = useState<number | null>(null)

  const load = () => {
    setError(undefined)
    call('user', 'me', {}, { loading: false, toast: false }).then(setMe, setError)
  }
  useDidShow(load)

  const move = async () => {
    if (!to) return
    const r = await call('user', 'changeCommunity', { communityId: to }, { loading: '正在更换' }).catch(() => null)
    if (!r) return
    setMe(r.me)
    setTo(null)
    toast(r.movedApplications ? `已更换，${r.movedApplications} 条待审申请转由新社区审核` : '已更换社区', {
      duration: 3000,
    })
  }

  return (
    <Screen className="account">
      <PageState loading={!me && !error} error={error} onRetry={load}>
        {me && (
          <>
            <View className="card">
              <Text className="section-title">现在：{me.community?.name ?? '未选择社区'}</Text>
              <Text className="account-hint">
                更换后首页、活动和服务按新社区显示；待审核的申请转由新社区社工审核；工作人员身份（如社工）不随之变更。更换记录会保留。
              </Text>
            </View>
            <View className="card">
              <Text className="section-title">搬到</Text>
              <CommunityPicker value={to} onChange={setTo} exclude={me.community?.id} />
            </View>
            <Button type="primary" block disabled={!to} why="先选择要换到的社区" onClick={move}>
              确认更换
            </Button>
          </>
        )}
      </PageState>
    </Screen>
  )
}
