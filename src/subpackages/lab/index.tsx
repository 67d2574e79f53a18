import { Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Chip, ChipGroup } from '../../components/Chip'
import { PageState } from '../../components/PageState'
import { Pressable } from '../../components/Pressable'
import { Screen } from '../../components/Screen'
import { useAction, useData } from '../../hooks/useAction'
import { fieldProps } from '../../platform/a11y'
import { call } from '../../services/call'
import { yuan } from '../../services/money'
import './lab.css'
import './contract'

const go = (url: string) => Taro.navigateTo({ url })

/** 共享实验室: the catalogue, searched in Chinese or pinyin, by category. */
export default function LabCatalogue() {
  const { params } = useRouter()
  const labs = useAction('lab', 'labs', {})
  const labId = Number(params.lab) || labs.data?.items[0]?.id
  const [q, setQ] = useState('')
  const [typed, setTyped] = useState('')
  const [categoryId, setCategoryId] = useState<number>()
  const cat = useData(
    () =>
      labId
        ? call(
            'lab',
            'catalogue',
            { labId, q, ...(categoryId ? { categoryId } : {}) },
            { loading: false, toast: false },
          )
        : Promise.resolve(null),
    [labId, q, categoryId],
  )
  const d = cat.data
  return (
    <Screen>
      <PageState
        loading={(labs.loading || cat.loading) && !d}
        error={labs.error ?? cat.error}
        onRetry={cat.reload}
        empty={labs.data?.items.length === 0}
        emptyText="还没有共享实验室"
      >
        {d && (
          <>
            <View className="card">
              <Text className="section-title">{d.lab.name}</Text>
              <Text className="muted lab-line">{d.lab.intro}</Text>
              <View className="row lab-actions">
                {d.can.order && (
                  <Pressable className="lab-link" onPress={() => go('/subpackages/lab/orders')}>
                    我的检测订单
                  </Pressable>
                )}
                <Pressable className="lab-link" onPress={() => go(`/subpackages/lab/stats?lab=${d.lab.id}`)}>
                  服务统计
                </Pressable>
                {d.can.keep && (
                  <Pressable className="lab-link" onPress={() => go(`/subpackages/lab/desk?lab=${d.lab.id}`)}>
                    实验室工作台
                  </Pressable>
                )}
              </View>
            </View>
            <View className="row lab-search">
              <Input
                className="lab-search__input"
                placeholder="项目、标准或拼音，如 游隙、yx、GB/T 307.1"
                value={typed}
                confirmType="search"
                {...fieldProps('搜索检测项目')}
                onInput={(e) => setTyped(e.detail.value)}
                onConfirm={() => setQ(typed.trim())}
              />
              <Pressable className="lab-link" onPress={() => setQ(typed.trim())}>
                搜索
              </Pressable>
            </View>
            <ChipGroup label="检测类别" kind="radiogroup" scroll>
              <Chip role="radio" on={!categoryId} onPress={() => setCategoryId(undefined)}>
                全部
              </Chip>
              {d.categories.map((c) => (
                <Chip key={c.id} role="radio" on={categoryId === c.id} onPress={() => setCategoryId(c.id)}>
                  {c.name}
                </Chip>
              ))}
            </ChipGroup>
            {d.items.length === 0 && (
              <View className="card">
                <Text className="muted">没有找到「{q}」相关的检测项目，换个关键词或选择「全部」类别试试</Text>
              </View>
            )}
            <View role="list" aria-label="检测项目">
              {d.items.map((i) => (
                <Pressable
                  key={i.id}
                  role="listitem"
                  className="card"
                  label={`${i.name} ${yuan(i.labPriceCents)}`}
                  onPress={() => go(`/subpackages/lab/item?id=${i.id}`)}
                >
                  <Text className="lab-line">{i.name}</Text>
                  <Text className="muted lab-line">
                    {i.categoryName}
                    {i.standard ? ` · ${i.standard}` : ''} · {i.turnaroundDays} 个工作日
                  </Text>
                  <Text className="lab-line">
                    <Text className="lab-price">{yuan(i.labPriceCents)}</Text>
                    <Text className="lab-strike">市场价 {yuan(i.marketPriceCents)}</Text> · {i.saving}
                  </Text>
                </Pressable>
              ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
