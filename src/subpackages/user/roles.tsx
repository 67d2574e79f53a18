import { View, Text } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { ROLE_GUIDE, SELF_ROLES, type SelfRole } from '../../../contract/roles'
import { APPLICATION_STATUS } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { Button } from '../../ui/Button'
import { Outcomes } from './components/Outcomes'
import { useRoleForm } from './components/RoleForm'
import './account.css'
import { Screen } from '../../components/Screen'
import './contract'

type Roles = OutputOf<'user', 'myRoles'>

/** 我的身份: what I hold and what it unlocks, my applications, and asking for another role. */
export default function RolesPage() {
  const [data, setData] = useState<Roles>()
  const [error, setError] = useState<CallError>()
  const [outcomes, setOutcomes] = useState<OutputOf<'user', 'requestRoles'>['outcomes']>()

  const load = () => {
    setError(undefined)
    call('user', 'myRoles', {}, { loading: false, toast: false }).then(setData, setError)
  }
  useDidShow(load)

  return (
    <Screen className="account">
      <PageState loading={!data && !error} error={error} onRetry={load}>
        {data && <Body data={data} outcomes={outcomes} onAsked={setOutcomes} reload={load} />}
      </PageState>
    </Screen>
  )
}

function Body(props: {
  data: Roles
  outcomes?: OutputOf<'user', 'requestRoles'>['outcomes']
  onAsked: (o: OutputOf<'user', 'requestRoles'>['outcomes']) => void
  reload: () => void
}) {
  const { data } = props
  const unavailable: Partial<Record<SelfRole, string>> = {}
  for (const h of data.held)
    if ((SELF_ROLES as readonly string[]).includes(h.role)) unavailable[h.role as SelfRole] = '已开通'
  for (const a of data.applications) if (a.status === 'pending') unavailable[a.role as SelfRole] = '审核中'
  const roles = useRoleForm(unavailable)
  const isRider = data.held.some((h) => h.role === 'rider')

  const ask = async () => {
    const r = await call('user', 'requestRoles', roles.value(), { loading: '正在提交' }).catch(() => null)
    if (r) {
      roles.reset()
      props.onAsked(r.outcomes)
      props.reload()
    }
  }
  const withdraw = async (applicationId: number) => {
    const r = await call('user', 'withdrawApplication', { applicationId }, { loading: '正在撤回' }).catch(() => null)
    if (r) props.reload()
  }

  return (
    <>
      <View className="card">
        <Text className="section-title">我的身份</Text>
        {data.held.length === 0 && <Text className="muted">还没有开通的身份</Text>}
        <View role="list" aria-label="已开通的身份">
          {data.held.map((h) => (
            <View key={`${h.role}-${h.scope}`} role="listitem" aria-label={h.label} className="guide-row">
              <Text className="role-option__head">
                {h.label}
                {h.scope ? ` · ${h.scope}` : ''}
              </Text>
              <View className="role-option__unlocks">
                {ROLE_GUIDE[h.role].unlocks.map((u) => (
                  <Text key={u} style={{ display: 'block' }}>
                    · {u}
                  </Text>
                ))}
              </View>
            </View>
          ))}
        </View>
      </View>

      {isRider && (
        <View className="card">
          <Text className="section-title">骑手认证</Text>
          {data.rider.verified ? (
            <Text className="account-ok">已认证，延时餐厅享骑手价</Text>
          ) : (
            <>
              <Text className={data.rider.status === 'rejected' ? 'account-warn' : ''}>
                {data.rider.status === 'pending'
                  ? '已提交，等待社工审核'
                  : data.rider.status === 'rejected'
                    ? `未通过：${data.rider.reason ?? ''}`
                    : '尚未认证：认证后在延时餐厅享骑手价'}
              </Text>
              {data.rider.status !== 'pending' && (
                <Button fill="outline" block onClick={() => Taro.navigateTo({ url: '/subpackages/canteen/rider' })}>
                  去申请骑手认证
                </Button>
              )}
            </>
          )}
        </View>
      )}

      {data.applications.length > 0 && (
        <View className="card">
          <Text className="section-title">我的申请</Text>
          <View role="list" aria-label="我的申请">
            {data.applications.map((a) => (
              <View key={a.id} role="listitem" aria-label={`${a.label}申请`} className="review-item">
                <Text className="role-option__head">
                  {a.label} · {APPLICATION_STATUS[a.status]}
                </Text>
                {a.facts.map((f) => (
                  <Text key={f.label} className="fact">
                    {f.label}：{f.value}
                  </Text>
                ))}
                <Text className="muted" style={{ display: 'block' }}>
                  由{a.community}社工审核
                </Text>
                {a.reason && <Text className="account-warn">原因：{a.reason}</Text>}
                {a.status === 'pending' && (
                  <View className="account-row-actions">
                    <Button fill="outline" onClick={() => withdraw(a.id)}>
                      撤回申请
                    </Button>
                  </View>
                )}
              </View>
            ))}
          </View>
        </View>
      )}

      <View className="card">
        <Text className="section-title">申请其他身份</Text>
        {props.outcomes && <Outcomes outcomes={props.outcomes} />}
        {roles.form}
        <Button type="primary" block disabled={roles.chosen.length === 0} why="先选择至少一种身份" onClick={ask}>
          提交
        </Button>
      </View>
    </>
  )
}
