import { View, Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { OutputOf } from '../../../contract'
import { ROLE_LABELS, type Role } from '../../../contract/roles'
import type { Me } from '../../../contract/user'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import './account.css'
import { Screen } from '../../components/Screen'
import { fieldProps } from '../../platform/a11y'
import { Chip, ChipGroup } from '../../components/Chip'
import './contract'

type People = OutputOf<'user', 'communityPeople'>
const FILTERS: (Role | 'all')[] = ['all', 'worker', 'rider', 'entrepreneur', 'enterprise', 'expert']

/** 本社区人员 (社工): the community's people by role and name, phones masked, 50 at a time. */
export default function PeoplePage() {
  const [me, setMe] = useState<Me>()
  const [communityId, setCommunityId] = useState<number>()
  const [role, setRole] = useState<Role | 'all'>('all')
  const [q, setQ] = useState('')
  const [page, setPage] = useState<People>()
  const [more, setMore] = useState<People['items']>([])
  const [error, setError] = useState<CallError>()
  const [filtersOpen, setFiltersOpen] = useState(false)

  const communities = (me?.roles ?? []).filter((r) => r.role === 'social_worker' && r.communityId !== null)

  const load = async (id = communityId, r = role, after?: number) => {
    if (!id) return
    setError(undefined)
    try {
      const got = await call(
        'user',
        'communityPeople',
        {
          communityId: id,
          ...(r !== 'all' ? { role: r } : {}),
          ...(q.trim() ? { q: q.trim() } : {}),
          ...(after ? { after } : {}),
        },
        { loading: after ? '加载中' : false, toast: false },
      )
      setMore(after ? [...more, ...got.items] : got.items)
      setPage(got)
    } catch (e) {
      setError(e as CallError)
    }
  }
  useDidShow(() => {
    call('user', 'me', {}, { loading: false, toast: false }).then((m) => {
      setMe(m)
      const first =
        m.roles.find((r) => r.role === 'social_worker' && r.communityId !== null)?.communityId ?? m.community?.id
      setCommunityId(first ?? undefined)
      void load(first ?? undefined)
    }, setError)
  })

  return (
    <Screen className="account">
      <PageState loading={!page && !error} error={error} onRetry={() => load()}>
        {communities.length > 1 && (
          <ChipGroup label="社区" kind="radiogroup">
            {communities.map((c) => (
              <Chip
                key={c.communityId ?? undefined}
                role="radio"
                on={communityId === c.communityId}
                onPress={() => {
                  setCommunityId(c.communityId!)
                  void load(c.communityId!)
                }}
              >
                {c.scope}
              </Chip>
            ))}
          </ChipGroup>
        )}
        <View className="card">
          <Text className="section-title">{page?.community.name}</Text>
          {/* Six roles do not fit one row: they fold behind 筛选. */}
          <View className="row" style={{ gap: '8px', marginBottom: '10px' }}>
            <Text className="grow">身份：{role === 'all' ? '全部' : ROLE_LABELS[role]}</Text>
            <Button fill="outline" aria-expanded={filtersOpen} onClick={() => setFiltersOpen(!filtersOpen)}>
              筛选
            </Button>
          </View>
          {filtersOpen && (
            <ChipGroup label="按身份筛选" kind="radiogroup">
              {FILTERS.map((f) => (
                <Chip
                  key={f}
                  role="radio"
                  on={role === f}
                  onPress={() => {
                    setRole(f)
                    setFiltersOpen(false)
                    void load(communityId, f)
                  }}
                >
                  {f === 'all' ? '全部' : ROLE_LABELS[f]}
                </Chip>
              ))}
            </ChipGroup>
          )}
          <View className="row" style={{ gap: '8px' }}>
            <View className="grow">
              <Input
                name="q"
                placeholder="按姓名查找"
                value={q}
                onChange={setQ}
                maxLength={20}
                {...fieldProps('按姓名查找')}
              />
            </View>
            <Button onClick={() => load()}>查找</Button>
          </View>
          {more.length === 0 && <Text className="muted">没有找到人员</Text>}
          <View role="list" aria-label="本社区人员">
            {more.map((p) => (
              <View key={p.id} role="listitem" aria-label={p.displayName} className="person">
                <Text className="role-option__head">{p.displayName}</Text>
                <Text className="muted" style={{ display: 'block' }}>
                  {p.phoneMasked ?? '未绑定手机号'} · {p.roles.join('、') || '未开通身份'}
                  {p.riderVerified ? ' · 已认证骑手' : ''}
                </Text>
              </View>
            ))}
          </View>
          {page?.next && (
            <Button block fill="outline" onClick={() => load(communityId, role, page.next!)}>
              加载更多
            </Button>
          )}
        </View>
      </PageState>
    </Screen>
  )
}
