import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

type Expert = Awaited<ReturnType<typeof call<'talent', 'searchExperts'>>>['items'][number]
const MEMBER_STATUS = { invited: '待回应', accepted: '已加入', declined: '已婉拒', left: '已退出' } as const

/** 专家: my teams (联合攻关团队), invitations to answer, a new team, inviting experts by search. */
export default function TeamsPage() {
  const mine = useAction('talent', 'myTeams', {})
  const me = useAction('user', 'me', {})
  const [name, setName] = useState('')
  const [intro, setIntro] = useState('')
  const [q, setQ] = useState('')
  const [found, setFound] = useState<Expert[]>([])

  const act = async (run: () => Promise<unknown>, done: string) => {
    if (await run().catch(() => null)) {
      toast(done)
      void mine.reload()
    }
  }
  const search = async () => {
    const r = await call('talent', 'searchExperts', { q }, { loading: '正在搜索' }).catch(() => null)
    if (r) setFound(r.items)
  }
  return (
    <Screen className="talent">
      <PageState loading={mine.loading && !mine.data} error={mine.error} onRetry={mine.reload}>
        {mine.data?.invitations.map((t) => (
          <View key={t.id} className="card">
            <Text className="section-title">组队邀请：{t.name}</Text>
            <Text className="muted">{t.members.map((m) => m.name).join('、')}</Text>
            <View className="row talent-actions">
              <Button
                onClick={() => act(() => call('talent', 'respondInvite', { teamId: t.id, accept: false }), '已婉拒')}
              >
                婉拒
              </Button>
              <Button
                type="primary"
                onClick={() => act(() => call('talent', 'respondInvite', { teamId: t.id, accept: true }), '已加入团队')}
              >
                {`加入：${t.name}`}
              </Button>
            </View>
          </View>
        ))}
        {mine.data?.teams.map((t) => (
          <View key={t.id} className="card">
            <View className="row">
              <Text className="talent-card__title grow">{t.name}</Text>
              <Text className="talent-tag">{t.formed ? '已组建' : '待成员接受'}</Text>
            </View>
            {t.intro && <Text className="talent-card__summary">{t.intro}</Text>}
            {t.members.map((m) => (
              <Text key={m.userId} className="muted" style={{ display: 'block' }}>
                {m.name}
                {m.userId === t.leaderId ? '（负责人）' : ''} · {MEMBER_STATUS[m.status]}
              </Text>
            ))}
            <Text className="muted">团队技能：{t.skills.join('、') || '（成员档案中的技能）'}</Text>
            {me.data && t.leaderId === me.data.id ? (
              found.length > 0 && (
                <View className="talent-item">
                  {found
                    .filter((x) => !t.members.some((m) => m.userId === x.userId && m.status !== 'declined'))
                    .map((x) => (
                      <View key={x.userId} className="row talent-item">
                        <View className="grow">
                          <Text>{x.name}</Text>
                          <Text className="muted" style={{ display: 'block' }}>
                            {x.headline} · {x.place}
                          </Text>
                        </View>
                        <Button
                          onClick={() =>
                            act(() => call('talent', 'invite', { teamId: t.id, userId: x.userId }), '已发出邀请')
                          }
                        >
                          {`邀请：${x.name}`}
                        </Button>
                      </View>
                    ))}
                </View>
              )
            ) : (
              <Button onClick={() => act(() => call('talent', 'leaveTeam', { teamId: t.id }), '已退出')}>
                退出团队
              </Button>
            )}
          </View>
        ))}
        <View className="card">
          <Text className="section-title">邀请专家</Text>
          <TextField label="搜索专家（姓名、领域或技能）" value={q} onChange={setQ} />
          <Button block onClick={search}>
            搜索
          </Button>
        </View>
        <View className="card">
          <Text className="section-title">组建新团队</Text>
          <TextField label="团队名称" value={name} onChange={setName} maxLength={30} />
          <TextField label="团队简介" multiline maxLength={300} value={intro} onChange={setIntro} />
          <Button
            type="primary"
            block
            onClick={() =>
              act(() => call('talent', 'createTeam', { name, intro }, { loading: '正在创建' }), '团队已创建')
            }
          >
            创建团队
          </Button>
        </View>
      </PageState>
    </Screen>
  )
}
