import { Image, View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Chip } from '../../components/Chip'
import { EmptyState } from '../../components/EmptyState'
import { Choice } from '../../components/Choice'
import { TextField } from '../../components/TextField'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { imageProps } from '../../platform/a11y'
import { pickPhoto } from '../../platform/photo'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './activities.css'
import './contract'

interface Draft {
  groupId?: number
  communityId: number
  name: string
  intro: string
  cover: string | null
}

/** The community's 社工 (admins: any): make, edit and archive interest groups. The server decides who may (`can`). */
export default function GroupsManage() {
  const list = useAction('activities', 'groups', {})
  const [draft, setDraft] = useState<Draft>()
  const d = list.data
  const mine = d?.items.filter((g) => g.can.includes('edit')) ?? []
  const start = (g?: (typeof mine)[number]) =>
    setDraft(
      g
        ? { groupId: g.id, communityId: g.communityId, name: g.name, intro: g.intro, cover: g.cover }
        : { communityId: d!.keeps[0].id, name: '', intro: '', cover: null },
    )
  const save = async () => {
    if (!draft) return
    const r = await call('activities', 'saveGroup', draft, { loading: '正在保存' }).catch(() => null)
    if (r) {
      toast(r.created ? '社群已创建' : '已保存')
      setDraft(undefined)
      void list.reload()
    }
  }
  const archive = async (g: (typeof mine)[number]) => {
    const ok = await Taro.showModal({
      title: `归档「${g.name}」？`,
      content: '归档后不再显示，不能加入，也不能再发布活动到这个社群；已有活动和成员记录保留。',
    })
    if (!ok.confirm) return
    const r = await call('activities', 'archiveGroup', { groupId: g.id }, { loading: '正在归档' }).catch(() => null)
    if (r) {
      toast('已归档')
      void list.reload()
    }
  }
  return (
    <Screen className="activities">
      <PageState loading={list.loading} error={list.error} onRetry={list.reload}>
        {d && (
          <>
            {draft ? (
              <View className="card">
                <Text className="section-title">{draft.groupId ? '修改社群' : '新建兴趣社群'}</Text>
                {d.keeps.length > 1 && (
                  <Choice
                    label="所属社区"
                    options={d.keeps.map((c) => [c.id, c.name] as const)}
                    value={draft.communityId}
                    onChange={(communityId) => setDraft({ ...draft, communityId })}
                  />
                )}
                {(
                  [
                    ['name', '社群名称', 20],
                    ['intro', '简介', 200],
                  ] as const
                ).map(([key, label, maxLength]) => (
                  <TextField
                    key={key}
                    label={label}
                    name={key}
                    value={draft[key]}
                    onChange={(v) => setDraft({ ...draft, [key]: v })}
                    maxLength={maxLength}
                  />
                ))}
                {draft.cover && (
                  <Image
                    className="activities__cover"
                    src={draft.cover}
                    mode="aspectFill"
                    {...imageProps(`${draft.name}的封面`)}
                  />
                )}
                <View className="row">
                  <Button
                    size="small"
                    fill="outline"
                    onClick={async () => {
                      const cover = await pickPhoto('group-cover').catch(() => null)
                      if (cover) setDraft({ ...draft, cover })
                    }}
                  >
                    {draft.cover ? '更换封面' : '选择封面图'}
                  </Button>
                  {draft.cover && (
                    <Button size="small" fill="outline" onClick={() => setDraft({ ...draft, cover: null })}>
                      去掉封面
                    </Button>
                  )}
                </View>
                <Button type="primary" block onClick={save}>
                  保存
                </Button>
                <Button fill="outline" block onClick={() => setDraft(undefined)}>
                  取消
                </Button>
              </View>
            ) : (
              <View className="card">
                <Text className="section-title">兴趣社群管理</Text>
                <Text className="muted">社群成员会收到发布到社群的新活动通知。同一社区内社群名称不能重复。</Text>
                <Button
                  type="primary"
                  block
                  disabled={d.keeps.length === 0}
                  why="没有可管理的兴趣小组"
                  onClick={() => start()}
                >
                  新建社群
                </Button>
              </View>
            )}
            {mine.length === 0 && !draft && <EmptyState title="还没有社群" description="点「新建社群」创建第一个" />}
            {mine.map((g) => (
              <View key={g.id} className="card row activities__group">
                <View className="grow">
                  <Text>{g.name}</Text>
                  <Text className="muted">
                    {' '}
                    {g.communityName} · {g.members} 人
                  </Text>
                </View>
                <Chip role="button" label={`修改${g.name}`} onPress={() => start(g)}>
                  <Text aria-hidden="true">修改</Text>
                </Chip>
                {g.can.includes('archive') && (
                  <Chip role="button" label={`归档${g.name}`} onPress={() => archive(g)}>
                    <Text aria-hidden="true">归档</Text>
                  </Chip>
                )}
              </View>
            ))}
          </>
        )}
      </PageState>
    </Screen>
  )
}
