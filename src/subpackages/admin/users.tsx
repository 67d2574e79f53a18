import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Role } from '../../../contract/roles'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { Input } from '../../ui/Input'
import { Tag } from '../../ui/Tag'
import { FilterBar, oneOf } from '../../components/FilterBar'
import { Pager } from '../../components/Pager'
import { ROLE_OPTIONS } from './roles'
import './admin.css'
import { Screen } from '../../components/Screen'
import { fieldProps, pressProps } from '../../platform/a11y'
import './contract'

type Status = 'active' | 'disabled' | 'mustChange'
const STATUSES = [
  ['active', '正常'],
  ['disabled', '已停用'],
  ['mustChange', '待改初始密码'],
] as const

/** People by name, username or phone digits; by role, community and status. A 社工 sees their community's. */
export default function Users() {
  const scope = useAction('admin', 'scope', {})
  const [q, setQ] = useState('')
  const [role, setRole] = useState<Role | null>(null)
  const [communityId, setCommunityId] = useState<number | null>(null)
  const [status, setStatus] = useState<Status | null>(null)
  const [page, setPage] = useState(1)
  const input = {
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(role ? { role } : {}),
    ...(communityId ? { communityId } : {}),
    ...(status ? { status } : {}),
    page,
  }
  const people = useAction('admin', 'searchUsers', input, [JSON.stringify(input)])
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setPage(1)
    }

  return (
    <Screen className="admin">
      <View className="card">
        <Input
          name="q"
          {...fieldProps('搜索姓名、用户名或手机号')}
          placeholder="姓名、用户名、完整手机号或「姓名 手机后4位」"
          value={q}
          onChange={filter(setQ)}
          maxLength={40}
          clearable
        />
      </View>
      <FilterBar
        groups={[
          oneOf('角色', ROLE_OPTIONS, role, filter(setRole)),
          oneOf(
            '社区',
            (scope.data?.communities ?? []).map((c) => [c.id, c.name] as const),
            communityId,
            filter(setCommunityId),
          ),
          oneOf('状态', STATUSES, status, filter(setStatus)),
        ]}
        onClear={() => {
          setRole(null)
          setCommunityId(null)
          setStatus(null)
          setPage(1)
        }}
      />
      <PageState
        loading={people.loading && !people.data}
        error={people.error}
        onRetry={people.reload}
        empty={people.data?.items.length === 0}
        emptyText="没有找到符合条件的人员"
      >
        {people.data && (
          <>
            <View className="card" role="list" aria-label="人员">
              {people.data.items.map((p) => (
                <View key={p.id} role="listitem" className="admin-item" aria-label={p.displayName}>
                  <View
                    role="button"
                    onClick={() => Taro.navigateTo({ url: `/subpackages/admin/user?id=${p.id}` })}
                    {...pressProps(() => Taro.navigateTo({ url: `/subpackages/admin/user?id=${p.id}` }))}
                  >
                    <Text className="admin-item__title">{p.displayName}</Text>
                    <Text className="admin-item__meta">
                      {[p.username && `账号 ${p.username}`, p.phoneMasked, p.community].filter(Boolean).join(' · ') ||
                        '未填写资料'}
                    </Text>
                    <View className="admin-tags">
                      {p.roles.map((r) => (
                        <Tag key={`${r.role}-${r.scope}`} type="primary" plain>
                          {r.label}
                          {r.scope ? ` · ${r.scope}` : ''}
                        </Tag>
                      ))}
                      {p.disabled && <Tag type="danger">已停用</Tag>}
                      {p.mustChangePassword && <Tag type="warning">待改初始密码</Tag>}
                    </View>
                  </View>
                </View>
              ))}
            </View>
            <Pager page={page} pageSize={people.data.pageSize} total={people.data.total} onPage={setPage} />
          </>
        )}
      </PageState>
    </Screen>
  )
}
