import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { GrantableRole } from '../../../contract/admin'
import { ROLE_SCOPE } from '../../../contract/admin'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { Choice } from '../../components/Choice'
import { OneTimePassword } from './components/OneTimePassword'
import { GRANTABLE_OPTIONS } from './roles'
import './admin.css'
import { Screen } from '../../components/Screen'
import './contract'

/** Admin: a staff account (username, name, phone, role in its scope) with a one-time password shown once. */
export default function NewStaff() {
  const communities = useAction('admin', 'communities', {})
  const departments = useAction('admin', 'departments', {})
  const labs = useAction('lab', 'labs', {})
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [phone, setPhone] = useState('')
  const [role, setRole] = useState<GrantableRole | null>(null)
  const [scopeId, setScopeId] = useState<number | null>(null)
  const [problem, setProblem] = useState('')
  const [created, setCreated] = useState<{ username: string; oneTimePassword: string; displayName: string }>()
  const needs = role ? ROLE_SCOPE[role] : undefined

  const submit = async () => {
    if (!role) return
    setProblem('')
    try {
      const r = await call(
        'admin',
        'createStaff',
        {
          username,
          displayName,
          phone,
          role,
          ...(needs === 'community' && scopeId ? { communityId: scopeId } : {}),
          ...(needs === 'department' && scopeId ? { departmentId: scopeId } : {}),
          ...(needs === 'lab' && scopeId ? { labId: scopeId } : {}),
        },
        { loading: '正在创建', toast: false },
      )
      setCreated({ ...r, displayName })
      setUsername('')
      setDisplayName('')
      setPhone('')
    } catch (e) {
      setProblem((e as Error).message)
    }
  }

  return (
    <Screen className="admin">
      {created && (
        <>
          <View className="card">
            <Text className="section-title">已创建：{created.displayName}</Text>
          </View>
          <OneTimePassword username={created.username} password={created.oneTimePassword} />
        </>
      )}
      <View className="card">
        <Text className="section-title">新建工作人员账号</Text>
        <TextField
          label="用户名（登录用）"
          name="username"
          value={username}
          onChange={setUsername}
          maxLength={32}
          placeholder="如 rsj_zhao"
        />
        <TextField label="姓名" name="displayName" value={displayName} onChange={setDisplayName} maxLength={40} />
        <TextField label="手机号（选填）" name="phone" type="number" value={phone} onChange={setPhone} maxLength={11} />
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
            options={(departments.data?.items ?? []).filter((d) => d.active).map((d) => [d.id, d.name] as const)}
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
        {problem && (
          <View role="alert" className="admin-error">
            {problem}
          </View>
        )}
        <Button
          type="primary"
          block
          disabled={!username || !displayName || !role}
          why="请填写用户名、姓名并选择身份"
          onClick={submit}
        >
          创建账号
        </Button>
      </View>
    </Screen>
  )
}
