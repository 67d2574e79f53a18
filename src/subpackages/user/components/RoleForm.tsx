import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { ENTREPRENEUR_MAX_AGE, ROLE_GUIDE, ROLE_LABELS, SELF_ROLES, type SelfRole } from '../../../../contract/roles'
import type { InputOf } from '../../../../contract'
import { Input } from '../../../ui/Input'
import { fieldProps, pressProps } from '../../../platform/a11y'

export type RoleRequestInput = InputOf<'user', 'requestRoles'>

/**
 * What a person says they are: the five self-chosen roles, each showing how it is obtained and
 * what it unlocks, and the details a chosen role needs. `value()` is the request to send; roles
 * already held or under review are shown, not offered.
 */
export function useRoleForm(unavailable: Partial<Record<SelfRole, string>> = {}, initialBirthYear?: number | null) {
  const [roles, setRoles] = useState<SelfRole[]>([])
  const [birthYear, setBirthYear] = useState(initialBirthYear ? String(initialBirthYear) : '')
  const [company, setCompany] = useState('')
  const [enterpriseName, setEnterpriseName] = useState('')
  const [creditCode, setCreditCode] = useState('')
  const [field, setField] = useState('')
  const [institution, setInstitution] = useState('')
  const [title, setTitle] = useState('')

  const toggle = (r: SelfRole) => setRoles(roles.includes(r) ? roles.filter((x) => x !== r) : [...roles, r])
  const has = (r: SelfRole) => roles.includes(r)

  const value = (): RoleRequestInput => ({
    roles,
    ...(has('entrepreneur') && birthYear ? { birthYear: Number(birthYear) } : {}),
    ...(has('entrepreneur') && company.trim() ? { company } : {}),
    ...(has('enterprise') ? { enterprise: { name: enterpriseName, creditCode } } : {}),
    ...(has('expert') ? { expert: { field, institution, title } } : {}),
  })

  const form = (
    <View role="group" aria-label="选择身份（可多选）">
      {SELF_ROLES.map((r) => {
        const guide = ROLE_GUIDE[r]
        const blocked = unavailable[r]
        return (
          <View key={r}>
            <View
              className={`role-option ${has(r) ? 'role-option--on' : ''}`}
              role="checkbox"
              aria-checked={has(r)}
              aria-disabled={Boolean(blocked)}
              aria-label={ROLE_LABELS[r]}
              onClick={() => !blocked && toggle(r)}
              {...pressProps(() => !blocked && toggle(r))}
            >
              <View className="role-option__head">
                <Text className="role-option__box">{has(r) ? '✓' : ''}</Text>
                <Text>{ROLE_LABELS[r]}</Text>
                {blocked && <Text className="muted">（{blocked}）</Text>}
              </View>
              <Text className="role-option__how">{guide.how}</Text>
              <View className="role-option__unlocks">
                {guide.unlocks.map((u) => (
                  <Text key={u} style={{ display: 'block' }}>
                    · {u}
                  </Text>
                ))}
              </View>
            </View>
            {has(r) && r === 'entrepreneur' && (
              <View className="role-details">
                <Input
                  name="birthYear"
                  type="digit"
                  placeholder={`出生年份（如 1998；${ENTREPRENEUR_MAX_AGE} 周岁及以下）`}
                  value={birthYear}
                  onChange={setBirthYear}
                  maxLength={4}
                  {...fieldProps('出生年份')}
                />
                <Input
                  name="company"
                  placeholder="所在企业或项目（选填）"
                  value={company}
                  onChange={setCompany}
                  maxLength={60}
                  {...fieldProps('所在企业或项目（选填）')}
                />
              </View>
            )}
            {has(r) && r === 'enterprise' && (
              <View className="role-details">
                <Input
                  name="enterpriseName"
                  placeholder="企业名称"
                  value={enterpriseName}
                  onChange={setEnterpriseName}
                  maxLength={60}
                  {...fieldProps('企业名称')}
                />
                <Input
                  name="creditCode"
                  placeholder="统一社会信用代码（18 位）"
                  value={creditCode}
                  onChange={(v) => setCreditCode(v.toUpperCase())}
                  maxLength={24}
                  aria-label="统一社会信用代码"
                />
                <Text className="account-hint">企业所在社区的社工核实后开通，营业执照上可以找到这串代码</Text>
              </View>
            )}
            {has(r) && r === 'expert' && (
              <View className="role-details">
                <Input
                  name="field"
                  placeholder="研究领域"
                  value={field}
                  onChange={setField}
                  maxLength={30}
                  {...fieldProps('研究领域')}
                />
                <Input
                  name="institution"
                  placeholder="所在单位"
                  value={institution}
                  onChange={setInstitution}
                  maxLength={60}
                  {...fieldProps('所在单位')}
                />
                <Input
                  name="title"
                  placeholder="职称"
                  value={title}
                  onChange={setTitle}
                  maxLength={30}
                  {...fieldProps('职称')}
                />
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
  return { form, value, chosen: roles, reset: () => setRoles([]) }
}
