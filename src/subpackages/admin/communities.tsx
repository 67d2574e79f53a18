import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { Button } from '../../ui/Button'
import './admin.css'
import { Screen } from '../../components/Screen'
import { pressProps } from '../../platform/a11y'
import './contract'

/** Admin: every community with its home-card figures, grids, registered enterprises and 社工. */
export default function Communities() {
  const list = useAction('admin', 'communities', {})
  return (
    <Screen className="admin">
      <Button type="primary" block onClick={() => Taro.navigateTo({ url: '/subpackages/admin/community' })}>
        新建社区
      </Button>
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <View className="card" role="list" aria-label="社区">
          {list.data?.items.map((c) => (
            <View key={c.id} role="listitem" className="admin-item" aria-label={c.name}>
              <View
                role="button"
                onClick={() => Taro.navigateTo({ url: `/subpackages/admin/community?id=${c.id}` })}
                {...pressProps(() => Taro.navigateTo({ url: `/subpackages/admin/community?id=${c.id}` }))}
              >
                <Text className="admin-item__title">{c.name}</Text>
                <Text className="admin-item__meta">
                  {c.code} · {c.district} {c.street}
                </Text>
                <Text className="admin-item__meta">
                  首页：{c.enterprises ?? '—'} 家企业 · {c.workers ?? '—'} 名职工；已登记企业 {c.registeredEnterprises}{' '}
                  · 网格 {c.grids} · 社工 {c.socialWorkers}
                </Text>
              </View>
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
