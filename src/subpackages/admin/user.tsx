import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { GrantableRole } from '../../../contract/admin'
import { ROLE_SCOPE } from '../../../contract/admin'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Tag } from '../../ui/Tag'
import { TextField } from '../../components/TextField'
import { Choice } from '../../components/Choice'
import { OneTimePassword } from './components/OneTimePassword'
import { GRANTABLE_OPTIONS } from './roles'
import './admin.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

const SIGN_IN = { wechat: '微信', password: '账号密码', both: '微信和账号密码', none: '未登录过' }

/** One person: roles with scope (grant, revoke), status (disable, enable), password reset, moves, history. */
export default function UserPage() {
  const id = Number(useRouter().params.id)
  const page = useAction('admin', 'user', { id }, [id])
  const scope = useAction('admin', 'scope', {})
  const departments = useAction('admin', 'departments', {})
  const communities = useAction('admin', 'communities', {})
  // 实验室人员 are granted per lab (the lab function's public list).
  const labs = useAction('lab', 'labs', {})
  const [role, setRole] = useState<GrantableRole | null>(null)
  const [scopeId, setScopeId] = useState<number | null>(null)
  const [reason, setReason] = useState('')
  const [otp, setOtp] = useState<{ username: string; oneTimePassword: string }>()
  const isAdmin = scope.data?.admin ?? false
  const needs = role ? ROLE_SCOPE[role] : undefined

  const act = async (work: () => Promise<unknown>, done: string) => {
    const ok = await work().then(
      () => true,
      () => false,
    )
    if (ok) {
      toast(done)
      void page.reload()
    }
  }
  const grant = () =>
    role &&
    act(
      () =>
        call(
          'admin',
          'grantRole',
          {
            userId: id,
            role,
            ...(needs === 'community' && scopeId ? { communityId: scopeId } : {}),
            ...(needs === 'department' && scopeId ? { departmentId: scopeId } : {}),
            ...(needs === 'lab' && scopeId ? { labId: scopeId } : {}),
          },
          { loading: '正在授予' },
        ),
      '已授予',
    )
  const reset = async () => {
    const r = await call('admin', 'resetPassword', { userId: id }, { loading: '正在重置' }).catch(() => null)
    if (r) {
      setOtp(r)
      void page.reload()
    }
  }

  const p = page.data?.person
  return (
    <Screen className="admin">
      <PageState loading={page.loading && !page.data} error={page.error} onRetry={page.reload}>
        {page.data && p && (
          <>
            <View className="card">
              <Text className="section-title">{p.displayName}</Text>
              <Text className="admin-item__meta">
                {[p.username && `账号 ${p.username}`, p.phoneMasked, p.community ?? '未选择社区']
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text className="admin-item__meta">
                登录方式：{SIGN_IN[p.signIn]} · 注册于 {p.createdAt}
                {p.passwordChangedAt ? ` · 密码修改于 ${p.passwordChangedAt}` : ''}
              </Text>
              <View className="admin-tags">
                {p.disabled ? <Tag type="danger">已停用</Tag> : <Tag type="success">正常</Tag>}
                {p.mustChangePassword && <Tag type="warning">待改初始密码</Tag>}
                {p.deleted && <Tag>已注销</Tag>}
              </View>
              {isAdmin && !p.deleted && (
                <>
                  <TextField
                    label="停用或启用的原因（选填）"
                    name="reason"
                    value={reason}
                    onChange={setReason}
                    maxLength={100}
                  />
                  <View className="admin-actions">
                    <Button
                      type={p.disabled ? 'primary' : 'danger'}
                      fill="outline"
                      onClick={() =>
                        act(
                          () =>
                            call(
                              'admin',
                              'setDisabled',
                              { userId: id, disabled: !p.disabled, reason },
                              { loading: '正在保存' },
                            ),
                          p.disabled ? '已启用' : '已停用，登录已全部失效',
                        )
                      }
                    >
                      {p.disabled ? '启用账号' : '停用账号'}
                    </Button>
                    {p.username && (
                      <Button fill="outline" onClick={reset}>
                        重置密码
                      </Button>
                    )}
                  </View>
                </>
              )}
            </View>
            {otp && <OneTimePassword username={otp.username} password={otp.oneTimePassword} />}

            <View className="card">
              <Text className="section-title">角色</Text>
              <View role="list" aria-label="角色">
                {page.data.grants.map((g) => (
                  <View
                    key={g.grantId}
                    role="listitem"
                    className="admin-item"
                    aria-label={`${g.label}${g.scope ? ` ${g.scope}` : ''}`}
                  >
                    <Text className="admin-item__title">
                      {g.label}
                      {g.scope ? ` · ${g.scope}` : ''}
                      {g.revokedAt ? '（已撤销）' : ''}
                    </Text>
                    <Text className="admin-item__meta">
                      {g.grantedAt} 由 {g.grantedBy ?? '系统'} 授予
                      {g.revokedAt ? `；${g.revokedAt} 由 ${g.revokedBy ?? '系统'} 撤销` : ''}
                    </Text>
                    {isAdmin && !g.revokedAt && (
                      <Button
                        size="small"
                        type="danger"
                        fill="outline"
                        aria-label={`撤销${g.label}${g.scope ? ` ${g.scope}` : ''}`}
                        onClick={() =>
                          act(
                            () => call('admin', 'revokeRole', { grantId: g.grantId }, { loading: '正在撤销' }),
                            '已撤销',
                          )
                        }
                      >
                        撤销
                      </Button>
                    )}
                  </View>
                ))}
              </View>
            </View>

            {isAdmin && !p.deleted && (
              <View className="card">
                <Text className="section-title">授予角色</Text>
                <Choice
                  label="角色"
                  options={GRANTABLE_OPTIONS}
                  value={role}
                  onChange={(r) => {
                    setRole(r)
                    setScopeId(null)
                  }}
                />
                {needs === 'community' && (
                  <Choice
                    label="所属社区"
                    options={(communities.data?.items ?? []).map((c) => [c.id, c.name] as const)}
                    value={scopeId}
                    onChange={setScopeId}
                  />
                )}
                {needs === 'department' && (
                  <Choice
                    label="所属部门"
                    options={(departments.data?.items ?? [])
                      .filter((d) => d.active)
                      .map((d) => [d.id, d.name] as const)}
                    value={scopeId}
                    onChange={setScopeId}
                  />
                )}
                {needs === 'lab' && (
                  <Choice
                    label="所属实验室"
                    options={(labs.data?.items ?? []).map((l) => [l.id, l.name] as const)}
                    value={scopeId}
                    onChange={setScopeId}
                  />
                )}
                <Button type="primary" block disabled={!role} why="先选择身份" onClick={grant}>
                  授予
                </Button>
              </View>
            )}

            {page.data.moves.length > 0 && (
              <View className="card">
                <Text className="section-title">社区变更</Text>
                {page.data.moves.map((m, i) => (
                  <Text key={i} className="admin-item__meta">
                    {m.at} 从 {m.from ?? '（无）'} 到 {m.to}
                  </Text>
                ))}
              </View>
            )}

            <View className="card">
              <Text className="section-title">操作记录</Text>
              {page.data.history.length === 0 && <Text className="muted">暂无记录</Text>}
              <View role="list" aria-label="操作记录">
                {page.data.history.map((h) => (
                  <View key={h.id} role="listitem" className="admin-item">
                    <Text className="admin-item__title">{h.actionLabel}</Text>
                    <Text className="admin-item__meta">
                      {h.at} · {h.actor}
                      {h.community ? ` · ${h.community}` : ''}
                      {h.note ? ` · ${h.note}` : ''}
                    </Text>
                  </View>
                ))}
              </View>
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
