import { View, Text, Picker } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { AWARD_KINDS, INDUSTRY_CHAINS, NEED_MODES, type IndustryChain } from '../../../contract/talent'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Field } from '../../components/Field'
import { TextField } from '../../components/TextField'
import { Choice, optionsOf } from '../../components/Choice'
import { SkillsField } from './components/SkillsField'
import { dateFromToday, money, splitSkills } from './format'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './talent.css'
import './contract'

const DEFAULT_TERMS =
  '揭榜方须对榜单详情中的技术资料、试验数据和企业信息保密，未经发榜企业书面同意，不得向第三方披露或用于本榜单以外的用途；保密期自同意之日起三年。'

/** 企业联络员: post a challenge (发榜), or with ?kind=need a talent need (人才需求). */
export default function PostPage() {
  const { params } = useRouter()
  const kind = params.kind === 'need' ? 'need' : 'challenge'
  const mine = useAction('talent', 'mine', {})
  const [enterpriseId, setEnterpriseId] = useState<number>()
  const [chain, setChain] = useState<IndustryChain>('bearing')
  const [skills, setSkills] = useState('')
  const [f, setF] = useState({
    title: '',
    summary: '',
    awardKind: 'award' as 'award' | 'budget',
    awardYuan: '',
    deadline: dateFromToday(30),
    terms: DEFAULT_TERMS,
    problem: '',
    goals: '',
    criteria: '',
    role: '',
    mode: 'part_time' as 'part_time' | 'full_time' | 'dual',
    place: '',
    headcount: '1',
    description: '',
  })
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const enterprises = mine.data?.enterprises ?? []
  const chosen = enterpriseId ?? enterprises[0]?.id

  const submit = async () => {
    if (!chosen) return
    const common = { enterpriseId: chosen, chain, skills: splitSkills(skills) }
    const r =
      kind === 'challenge'
        ? await call(
            'talent',
            'postChallenge',
            {
              ...common,
              title: f.title,
              summary: f.summary,
              awardKind: f.awardKind,
              awardYuan: Number(f.awardYuan) || 0,
              deadline: f.deadline,
              terms: f.terms,
              problem: f.problem,
              goals: f.goals,
              criteria: f.criteria,
            },
            { loading: '正在发布' },
          ).catch(() => null)
        : await call(
            'talent',
            'postNeed',
            {
              ...common,
              role: f.role,
              mode: f.mode,
              place: f.place,
              headcount: Number(f.headcount) || 1,
              description: f.description,
            },
            { loading: '正在发布' },
          ).catch(() => null)
    if (!r) return
    toast('已发布', { icon: 'success' })
    if (kind === 'challenge') Taro.redirectTo({ url: `/subpackages/talent/manage?id=${r.id}` })
    else Taro.redirectTo({ url: '/subpackages/talent/enterprise' })
  }

  return (
    <Screen className="talent">
      <PageState
        loading={mine.loading}
        error={mine.error}
        empty={!mine.loading && enterprises.length === 0}
        emptyText="你还不是企业联络员，无法发布"
        onRetry={mine.reload}
      >
        <View className="card">
          <Text className="section-title">{kind === 'challenge' ? '发布榜单（揭榜挂帅）' : '发布人才需求'}</Text>
          {enterprises.length > 1 && (
            <Choice
              label="发布企业"
              options={enterprises.map((e) => [e.id, e.name] as const)}
              value={chosen}
              onChange={setEnterpriseId}
            />
          )}
          {enterprises.length === 1 && <Text className="muted">发布企业：{enterprises[0].name}</Text>}
          {kind === 'challenge' ? (
            <>
              <TextField
                label="榜单标题"
                value={f.title}
                onChange={set('title')}
                maxLength={40}
                placeholder="如 一体化压铸模具热裂纹控制"
              />
              <TextField
                label="公开摘要（所有人可见）"
                multiline
                maxLength={300}
                value={f.summary}
                onChange={set('summary')}
              />
            </>
          ) : (
            <TextField
              label="岗位"
              value={f.role}
              onChange={set('role')}
              maxLength={30}
              placeholder="如 模具 CAE 工程师"
            />
          )}
          <Choice label="产业链" options={optionsOf(INDUSTRY_CHAINS)} value={chain} onChange={setChain} />
          <SkillsField label="所需技能" value={skills} onInput={setSkills} chains={[chain]} />
          {kind === 'challenge' ? (
            <>
              <Choice
                label="奖励方式"
                options={optionsOf(AWARD_KINDS)}
                value={f.awardKind}
                onChange={(k) => setF({ ...f, awardKind: k })}
              />
              <TextField
                label="金额（元）"
                type="number"
                value={f.awardYuan}
                onChange={set('awardYuan')}
                placeholder="如 300000"
              />
              {Number(f.awardYuan) > 0 && (
                <Text className="muted" aria-live="polite">
                  榜单上显示为：{money(Number(f.awardYuan))}
                </Text>
              )}
              <Field label="揭榜截止日期">
                <View>
                  <Picker
                    mode="date"
                    value={f.deadline}
                    start={dateFromToday(0)}
                    onChange={(e) => set('deadline')(e.detail.value)}
                  >
                    <View className="chip chip--on" role="button" aria-label={`揭榜截止日期 ${f.deadline}`}>
                      {f.deadline}
                    </View>
                  </Picker>
                </View>
              </Field>
              <Text className="section-title">保密部分（仅同意保密条款的揭榜方可见）</Text>
              <TextField label="保密条款" multiline maxLength={1000} value={f.terms} onChange={set('terms')} />
              <TextField
                label="技术问题（详情）"
                multiline
                maxLength={3000}
                value={f.problem}
                onChange={set('problem')}
              />
              <TextField label="攻关目标" multiline maxLength={2000} value={f.goals} onChange={set('goals')} />
              <TextField label="验收标准" multiline maxLength={2000} value={f.criteria} onChange={set('criteria')} />
            </>
          ) : (
            <>
              <Choice
                label="用人方式"
                options={optionsOf(NEED_MODES)}
                value={f.mode}
                onChange={(k) => setF({ ...f, mode: k })}
              />
              <TextField label="工作地点" value={f.place} onChange={set('place')} maxLength={40} />
              <TextField label="人数" type="number" value={f.headcount} onChange={set('headcount')} />
              <TextField label="说明" multiline maxLength={1000} value={f.description} onChange={set('description')} />
            </>
          )}
          <Button type="primary" block onClick={submit}>
            {kind === 'challenge' ? '发布榜单' : '发布需求'}
          </Button>
        </View>
      </PageState>
    </Screen>
  )
}
