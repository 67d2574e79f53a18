import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import './admin.css'
import { Screen } from '../../components/Screen'
import './contract'

/**
 * A department's page: for its members, their workbench (the department, colleagues, and the work
 * dispatched to it); for admins, any department with its members. Without ?id= it opens the
 * asker's own department.
 */
export default function DepartmentPage() {
  const named = Number(useRouter().params.id) || null
  const scope = useAction('admin', 'scope', {}, [])
  if (named) {
    return (
      <Screen className="admin">
        <Department id={named} />
      </Screen>
    )
  }
  const mine = scope.data?.departments[0]?.id
  return (
    <Screen className="admin">
      <PageState
        loading={scope.loading}
        error={scope.error}
        onRetry={scope.reload}
        empty={!mine}
        emptyText="你还不是任何部门的成员"
      >
        {mine && <Department id={mine} />}
      </PageState>
    </Screen>
  )
}

function Department({ id }: { id: number }) {
  const d = useAction('admin', 'department', { id }, [id])
  return (
    <PageState loading={d.loading && !d.data} error={d.error} onRetry={d.reload}>
      {d.data && (
        <>
          <View className="card">
            <View className="section-title" role="heading" aria-level={1}>
              {d.data.name}
            </View>
            <Text className="admin-item__meta">
              {d.data.kindLabel} · {d.data.district || '—'}
              {d.data.phone ? ` · ${d.data.phone}` : ''}
              {d.data.active ? '' : ' · 已停用'}
            </Text>
            {d.data.intro && <Text className="admin-item__meta">{d.data.intro}</Text>}
          </View>
          <View className="card" role="region" aria-label="派给本部门的诉求">
            <Text className="section-title">派给本部门的诉求</Text>
            <Text className="muted">暂无派单。社区派单后会出现在这里，并通过「消息」通知你。</Text>
          </View>
          <View className="card">
            <Text className="section-title">部门成员（{d.data.members.length}）</Text>
            <View role="list" aria-label="部门成员">
              {d.data.members.map((m) => (
                <View key={m.grantId} role="listitem" className="admin-item">
                  <Text className="admin-item__title">{m.displayName}</Text>
                  {m.phoneMasked && <Text className="admin-item__meta">{m.phoneMasked}</Text>}
                </View>
              ))}
            </View>
          </View>
        </>
      )}
    </PageState>
  )
}
