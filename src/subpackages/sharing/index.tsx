import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PROJECT_FLOWS } from '../../../contract/sharing'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { Button } from '../../ui/Button'
import './sharing.css'
import './contract'

const NEW = '/subpackages/sharing/project'

/** 全链共享: the community's shared projects and how to join each (a project with its own flow opens it). */
export default function Projects() {
  const data = useAction('sharing', 'projects', {})
  const d = data.data
  return (
    <Screen className="sharing">
      <PageState
        loading={data.loading}
        error={data.error}
        onRetry={data.reload}
        empty={!!d && d.items.length === 0}
        emptyText={
          d?.canEdit
            ? '本社区还没有全链共享项目，添加第一个吧'
            : '本社区还没有全链共享项目，可先在企业诉求中向社区提出需要'
        }
        emptyAction={d?.canEdit ? { label: '新增项目', onPress: () => void Taro.navigateTo({ url: NEW }) } : undefined}
      >
        {d && (
          <>
            <View className="card">
              <Text className="section-title">{d.community?.name ?? ''}全链共享</Text>
              <Text className="muted">集合资源让独享变共享：点一个项目，按说明参加。</Text>
            </View>
            <View className="card">
              {d.items.map((p) => (
                <Pressable key={p.id} className="item" onPress={() => Taro.navigateTo({ url: p.path })}>
                  <Text className="section-title">
                    {p.name}
                    {p.example ? '（示例）' : ''}
                  </Text>
                  <Text className="line">{p.summary}</Text>
                  <Text className="muted">
                    怎么参加：{p.howToJoin} · {p.flow === 'demand' ? '提需求' : `进入${PROJECT_FLOWS[p.flow]}`} ›
                  </Text>
                </Pressable>
              ))}
            </View>
            {d.canEdit && (
              <View className="card">
                <Text className="section-title">社工：维护项目</Text>
                {d.items.map((p) => (
                  <View key={p.id} className="row">
                    <Button
                      size="small"
                      fill="outline"
                      onClick={() => Taro.navigateTo({ url: `/subpackages/sharing/project?id=${p.id}` })}
                    >
                      编辑「{p.name}」
                    </Button>
                  </View>
                ))}
                <Button type="primary" block onClick={() => Taro.navigateTo({ url: NEW })}>
                  新增项目
                </Button>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
