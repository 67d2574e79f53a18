import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { RESOURCE_KINDS, type ResourceKind } from '../../../contract/demands'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { roleProps } from '../../platform/a11y'
import { call, type CallError } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { Attachments } from './Attachments'
import { DemandList } from './DemandCard'
import './demands.css'
import { Screen } from '../../components/Screen'
import { Tabs } from '../../components/Tabs'
import { Choice, optionsOf } from '../../components/Choice'
import { TextField } from '../../components/TextField'
import './contract'

type Tab = 'needs' | 'wishes' | 'resources'
type Lists = Awaited<ReturnType<typeof call<'demands', 'lists'>>>
type Match = Awaited<ReturnType<typeof call<'demands', 'wishMatches'>>>['items'][number]
const TABS: Record<Tab, string> = { needs: '企业所需', wishes: '职工所盼', resources: '社区所能' }

/** 三张清单, live: open demands, workers' wishes (我也需要), what the community can offer; staff match and link. */
export default function ThreeLists() {
  const params = useRouter().params
  const [tab, setTab] = useState<Tab>((params.tab as Tab) in TABS ? (params.tab as Tab) : 'needs')
  const [communityId, setCommunityId] = useState<number | undefined>(Number(params.communityId) || undefined)
  const [showCommunities, setShowCommunities] = useState(false)
  const [data, setData] = useState<Lists>()
  const [error, setError] = useState<CallError>()
  const [matches, setMatches] = useState<Record<number, Match[]>>({})
  // Staff: wishes nobody has claimed for 14 days, oldest first (staleWishes).
  const [stale, setStale] = useState<Lists['wishes']>()
  const [draft, setDraft] = useState({
    kind: 'other' as ResourceKind,
    title: '',
    provider: '',
    place: '',
    description: '',
  })

  const load = async (c = communityId) => {
    setError(undefined)
    try {
      setData(await call('demands', 'lists', c ? { communityId: c } : {}, { loading: false, toast: false }))
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => void load())

  const vote = async (wishId: number) => {
    const w = await call('demands', 'vote', { wishId }, { loading: false }).catch(() => null)
    if (w && data) setData({ ...data, wishes: data.wishes.map((x) => (x.id === w.id ? w : x)) })
  }
  const findStale = async () => {
    if (!data) return
    const r = await call('demands', 'staleWishes', { communityId: data.community.id }).catch(() => null)
    if (r) setStale(r.items)
  }
  const findMatches = async (wishId: number) => {
    const r = await call('demands', 'wishMatches', { wishId }).catch(() => null)
    if (r) setMatches({ ...matches, [wishId]: r.items })
  }
  const link = async (wishId: number, resourceId: number) => {
    const w = await call('demands', 'linkWish', { wishId, resourceId }, { loading: '正在对接' }).catch(() => null)
    if (w && data) {
      setData({ ...data, wishes: data.wishes.map((x) => (x.id === w.id ? w : x)) })
      setMatches({ ...matches, [wishId]: [] })
      toast('已对接，已通知许愿人')
    }
  }
  const saveResource = async () => {
    if (!data) return
    const r = await call(
      'demands',
      'saveResource',
      { communityId: data.community.id, ...draft, capacity: null, active: true },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) {
      setDraft({ kind: 'other', title: '', provider: '', place: '', description: '' })
      void load()
    }
  }

  /** One of the new resource's text fields, named by its key. */
  const text = (
    key: 'title' | 'provider' | 'place' | 'description',
    label: string,
    more: { placeholder?: string; maxLength?: number } = {},
  ) => (
    <TextField
      label={label}
      name={key}
      value={draft[key]}
      onChange={(v) => setDraft({ ...draft, [key]: v })}
      {...more}
    />
  )

  return (
    <Screen className="demands">
      <Tabs label="三张清单" tabs={optionsOf(TABS)} value={tab} onChange={setTab} />
      <View className="chips">
        <Pressable className="chip" expanded={showCommunities} onPress={() => setShowCommunities(!showCommunities)}>
          社区：{data?.community.name ?? '…'}
          <Text aria-hidden="true"> {showCommunities ? '▴' : '▾'}</Text>
        </Pressable>
      </View>
      {showCommunities && data && (
        <ChipGroup label="社区" kind="radiogroup">
          {data.communities.map((c) => (
            <Chip
              key={c.id}
              role="radio"
              on={data.community.id === c.id}
              onPress={() => {
                setCommunityId(c.id)
                setShowCommunities(false)
                void load(c.id)
              }}
            >
              {c.name}
            </Chip>
          ))}
        </ChipGroup>
      )}
      <PageState loading={!data && !error} error={error} onRetry={() => load()}>
        {data && tab === 'needs' && (
          <>
            <View className="card">
              <Text className="section-title">企业所需（办理中）</Text>
              {data.needs
                .filter((n) => n.open > 0)
                .map((n) => (
                  <View key={n.category} className="table-row">
                    <Text>{n.label}</Text>
                    <Text>{n.open} 件</Text>
                  </View>
                ))}
              {data.needs.every((n) => n.open === 0) && <Text className="muted">暂无办理中的企业诉求</Text>}
            </View>
            {data.openDemands && <DemandList label="办理中的企业诉求" items={data.openDemands} />}
          </>
        )}
        {data && tab === 'wishes' && (
          <>
            <Button
              type="primary"
              block
              onClick={() => Taro.navigateTo({ url: `/subpackages/demands/wish?communityId=${data.community.id}` })}
            >
              发布微心愿
            </Button>
            <Button
              fill="outline"
              block
              onClick={() => Taro.navigateTo({ url: `/subpackages/demands/wall?communityId=${data.community.id}` })}
            >
              圆梦墙（已实现的心愿）
            </Button>
            {data.canManage && (
              <Button fill="outline" block onClick={findStale}>
                久未认领的心愿（14 天以上）
              </Button>
            )}
            {stale && (
              <View className="card" role="group" aria-label="久未认领的心愿">
                {stale.length === 0 && <Text className="muted">没有 14 天以上无人认领的心愿</Text>}
                {stale.map((w) => (
                  <Pressable
                    key={w.id}
                    className="table-row"
                    onPress={() => Taro.navigateTo({ url: `/subpackages/demands/wish-detail?id=${w.id}` })}
                  >
                    <Text>{w.title}</Text>
                    <Text className="meta">{w.wisher}</Text>
                  </Pressable>
                ))}
              </View>
            )}
            <PageState loading={false} empty={data.wishes.length === 0} emptyText="还没有微心愿">
              <View className="list" {...roleProps('list')} aria-label="微心愿">
                {data.wishes.map((w) => (
                  <View key={w.id} className="card item" {...roleProps('listitem')} aria-label={w.title}>
                    <View>
                      <Text className="badge">{w.categoryLabel}</Text>
                      {w.status === 'matched' && <Text className="badge badge--ok">已对接</Text>}
                    </View>
                    <Text className="item__title">{w.title}</Text>
                    {w.description && <Text className="meta">{w.description}</Text>}
                    <Text className="meta">
                      {w.wisher} · {w.votes} 人也需要
                    </Text>
                    <Attachments items={w.photos} />
                    {w.resource && (
                      <Text className="meta">
                        已对接：{w.resource.title}（{w.resource.provider}）
                      </Text>
                    )}
                    <View className="row-buttons">
                      <Button
                        size="small"
                        fill="outline"
                        onClick={() => Taro.navigateTo({ url: `/subpackages/demands/wish-detail?id=${w.id}` })}
                      >
                        详情与认领
                      </Button>
                      {!w.mine && (
                        <Button
                          size="small"
                          fill="outline"
                          disabled={w.votedByMe}
                          why="你已附议"
                          onClick={() => vote(w.id)}
                        >
                          {w.votedByMe ? '已点「我也需要」' : '我也需要'}
                        </Button>
                      )}
                      {data.canManage && (
                        <Button size="small" fill="outline" onClick={() => findMatches(w.id)}>
                          匹配资源
                        </Button>
                      )}
                    </View>
                    {matches[w.id]?.map((m) => (
                      <View key={m.resourceId} className="field">
                        <Text className="meta">
                          {m.title} · {m.provider} · {m.reasons.join(' · ')}
                        </Text>
                        <Button size="small" type="primary" onClick={() => link(w.id, m.resourceId)}>
                          对接「{m.title}」
                        </Button>
                      </View>
                    ))}
                    {matches[w.id]?.length === 0 && <Text className="muted">没有更多可对接的资源</Text>}
                  </View>
                ))}
              </View>
            </PageState>
          </>
        )}
        {data && tab === 'resources' && (
          <>
            {data.resources.length === 0 && <Text className="muted">还没有社区所能</Text>}
            {data.resources.length > 0 && (
              <View className="list" {...roleProps('list')} aria-label="社区所能">
                {data.resources.map((r) => (
                  <View key={r.id} className="card item" {...roleProps('listitem')} aria-label={r.title}>
                    <Text className="badge">{r.kindLabel}</Text>
                    <Text className="item__title">{r.title}</Text>
                    <Text className="meta">
                      {r.provider}
                      {r.place ? ` · ${r.place}` : ''}
                      {r.capacity ? ` · 容量 ${r.capacity}` : ''}
                      {r.community ? '' : ' · 跨社区共享'}
                    </Text>
                    {r.description && <Text className="meta">{r.description}</Text>}
                  </View>
                ))}
              </View>
            )}
            {data.canManage && (
              <View className="card">
                <Text className="section-title">新增社区所能</Text>
                <Choice
                  label="资源类别"
                  options={optionsOf(RESOURCE_KINDS)}
                  value={draft.kind}
                  onChange={(kind) => setDraft({ ...draft, kind })}
                />
                {text('title', '名称')}
                {text('provider', '提供方', { placeholder: '社区或成员企业' })}
                {text('place', '地点')}
                {text('description', '说明', { maxLength: 500 })}
                <Button type="primary" onClick={saveResource}>
                  保存
                </Button>
              </View>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
