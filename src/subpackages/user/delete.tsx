import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { setSessionToken } from '../../services/session'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { fieldProps } from '../../platform/a11y'
import './account.css'
import { Screen } from '../../components/Screen'
import './contract'

/** 注销账号 (PIPL): exactly what goes and what stays, then typing 注销 to confirm. */
export default function DeletePage() {
  const preview = useAction('user', 'deletionPreview', {})
  const [confirm, setConfirm] = useState('')
  const [deleted, setDeleted] = useState(false)

  const erase = async () => {
    const r = await call('user', 'deleteAccount', { confirm: confirm.trim() as '注销' }, { loading: '正在注销' }).catch(
      () => null,
    )
    if (!r) return
    setSessionToken(null)
    setDeleted(true)
  }

  if (deleted) {
    return (
      <Screen className="account">
        <View className="card" role="status" aria-label="账号已注销">
          <Text className="section-title">账号已注销</Text>
          <Text className="account-hint">你的个人信息已删除或匿名化。感谢使用链社。</Text>
          <Button type="primary" block onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
            返回首页
          </Button>
        </View>
      </Screen>
    )
  }

  const d = preview.data
  return (
    <Screen className="account">
      <PageState loading={preview.loading} error={preview.error} onRetry={preview.reload}>
        {d && (
          <>
            <View className="card" role="region" aria-label="将被删除">
              <Text className="section-title">注销后删除或匿名化</Text>
              <View className="account-list" role="list">
                {d.goes.map((g) => (
                  <View key={g} role="listitem">
                    · {g}
                  </View>
                ))}
              </View>
            </View>
            <View className="card" role="region" aria-label="将被保留">
              <Text className="section-title">保留（不再关联到你）</Text>
              <View className="account-list" role="list">
                {d.stays.map((s) => (
                  <View key={s} role="listitem">
                    · {s}
                  </View>
                ))}
              </View>
            </View>
            {d.upcoming > 0 && (
              <View className="card" role="note">
                <Text className="account-warn">
                  你还有 {d.upcoming}{' '}
                  个未到期的预约或报名，注销后它们仍占用名额。若不再前往，请先到“我的预约”“我的活动”取消。
                </Text>
              </View>
            )}
            <View className="card">
              {d.blockedBy ? (
                <>
                  <View className="account-warn" role="alert">
                    {d.blockedBy}
                  </View>
                  <Button block fill="outline" onClick={() => Taro.navigateBack()}>
                    返回
                  </Button>
                </>
              ) : (
                <>
                  <Text className="account-hint">注销后不可恢复。请输入“注销”两个字确认：</Text>
                  <Input
                    name="confirm"
                    placeholder="注销"
                    value={confirm}
                    onChange={setConfirm}
                    maxLength={4}
                    {...fieldProps('输入注销以确认')}
                  />
                  <Button
                    type="danger"
                    block
                    disabled={confirm.trim() !== '注销'}
                    why="在上面输入“注销”两个字以确认"
                    onClick={erase}
                  >
                    确认注销账号
                  </Button>
                </>
              )}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
