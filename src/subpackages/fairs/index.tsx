import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { FairCard } from './FairCard'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import './fairs.css'
import './contract'

/** 专场招聘会: the coming fairs, soonest first; 我的招聘会 and (for 社工) 管理. */
export default function Fairs() {
  const list = useAction('fairs', 'list', {})
  const data = list.data
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <Screen className="fairs">
      <View className="row fairs-links">
        <Pressable role="link" className="chip" onPress={go('/subpackages/fairs/mine')}>
          我的招聘会
        </Pressable>
        {data?.canManage && (
          <Pressable role="link" className="chip" onPress={go('/subpackages/fairs/manage')}>
            管理招聘会
          </Pressable>
        )}
      </View>
      <PageState
        loading={list.loading && !data}
        error={list.error}
        onRetry={list.reload}
        empty={data && data.items.length === 0}
        emptyText={data?.canManage ? '还没有安排招聘会，点「管理招聘会」创建' : '近期没有招聘会，请稍后再来看看'}
      >
        {data && (
          <>
            <Text className="section-title">近期招聘会</Text>
            <View role="list" aria-label="近期招聘会">
              {data.items.map((f) => (
                <FairCard key={f.id} f={f} />
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
