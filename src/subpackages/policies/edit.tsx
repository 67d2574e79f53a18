import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import {
  BENEFIT_KINDS,
  describePolicyIssue,
  POLICY_CATEGORIES,
  POLICY_TOPICS,
  policyEditSchema,
} from '../../../contract/policies'
import { describeCondition, FACTS, OPS, parseCondition, PLACES } from '../../../contract/policy-rules'
import { PageState } from '../../components/PageState'
import { fieldProps } from '../../platform/a11y'
import { call, type CallError } from '../../services/call'
import { Choice, optionsOf } from '../../components/Choice'
import { TextField } from '../../components/TextField'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './policies.css'
import './contract'

type Form = Record<string, string | number | null>
const TEXTS: [key: string, label: string, long?: boolean][] = [
  ['office', '办理地点'],
  ['phone', '咨询电话'],
  ['onlineUrl', '网上办理地址'],
  ['howToApply', '办理方式', true],
  ['sourceTitle', '政策文件'],
  ['sourceDate', '发文日期（YYYY-MM-DD）'],
]
const EXAMPLE = '{"all":[{"fact":"age","op":"lte","value":35},{"fact":"residence","op":"in","value":["beilun"]}]}'

/** Staff: write or change a policy; the rule is shown in words as it is typed, and refused in words. */
export default function EditPolicyPage() {
  const { params } = useRouter()
  const id = params.id ? Number(params.id) : undefined
  const [f, setF] = useState<Form>()
  const [materials, setMaterials] = useState('')
  const [rule, setRule] = useState('')
  const [departments, setDepartments] = useState<{ id: number; name: string }[]>([])
  const [withdrawn, setWithdrawn] = useState(false)
  const [error, setError] = useState<CallError>()

  useEffect(() => {
    call('policies', 'staffList', { q: '' }, { loading: false, toast: false }).then(
      (r) => setDepartments(r.departments),
      () => undefined,
    )
    if (!id) {
      setF({ category: 'startup', topic: 'startup_subsidy', region: 'beilun', benefitKind: 'cash' })
      setRule('{"all":[]}')
      return
    }
    call('policies', 'detail', { id }, { loading: false, toast: false }).then((d) => {
      const { materials: m, conditions, ...rest } = d
      setF(rest as unknown as Form)
      setMaterials(m.join('\n'))
      setRule(JSON.stringify(conditions, null, 1))
      setWithdrawn(d.withdrawn)
    }, setError)
  }, [id])

  const set = (k: string, v: string | number | null) => setF({ ...f, [k]: v })
  const parsed = parseCondition(rule)
  const input = () => ({
    code: f?.code ?? '',
    title: f?.title ?? '',
    category: f?.category,
    topic: f?.topic,
    region: f?.region,
    issuer: f?.issuer ?? '',
    departmentId: f?.departmentId ?? null,
    summary: f?.summary ?? '',
    benefitKind: f?.benefitKind,
    benefitMin: f?.benefitMin === '' || f?.benefitMin == null ? null : Number(f.benefitMin),
    benefitMax: f?.benefitMax === '' || f?.benefitMax == null ? null : Number(f.benefitMax),
    benefitText: f?.benefitText ?? '',
    conditions: rule,
    conditionsNote: f?.conditionsNote ?? '',
    materials: materials
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean),
    office: f?.office ?? '',
    phone: f?.phone ?? '',
    onlineUrl: f?.onlineUrl ?? '',
    howToApply: f?.howToApply ?? '',
    opensOn: f?.opensOn || null,
    closesOn: f?.closesOn || null,
    sourceTitle: f?.sourceTitle ?? '',
    sourceDate: f?.sourceDate || null,
    changeNote: f?.changeNote ?? '',
  })
  const save = async () => {
    const check = policyEditSchema.safeParse(input())
    if (!check.success) {
      toast(describePolicyIssue(check.error.issues[0]), { duration: 3000 })
      return
    }
    const r = await call('policies', 'save', { id, policy: input() as never }, { loading: '正在保存' }).catch(
      () => null,
    )
    if (!r) return
    toast(r.changed ? `已保存为第 ${r.version} 版` : '没有改动')
    setTimeout(() => Taro.redirectTo({ url: `/subpackages/policies/detail?id=${r.id}` }), 800)
  }
  const withdraw = async () => {
    if (!id) return
    const r = await call('policies', 'withdraw', { id, withdrawn: !withdrawn }, { loading: '正在保存' }).catch(
      () => null,
    )
    if (r) setWithdrawn(r.withdrawn)
  }

  const text = (k: string, label: string, long = false) => (
    <TextField
      key={k}
      label={label}
      value={String(f?.[k] ?? '')}
      maxLength={long ? 600 : 200}
      multiline={long}
      onChange={(v) => set(k, v)}
    />
  )
  const choices = (k: string, label: string, options: Record<string, string>) => (
    <Choice label={label} options={optionsOf(options)} value={String(f?.[k] ?? '')} onChange={(v) => set(k, v)} />
  )

  return (
    <Screen className="pol">
      <PageState loading={!f && !error} error={error}>
        {f && (
          <>
            <View className="card">
              <Text className="section-title">{id ? '编辑政策' : '新建政策'}</Text>
              {text('code', '政策编码（如 BL-RCD-01）')}
              {text('title', '标题')}
              {choices('category', '类别', POLICY_CATEGORIES)}
              {choices('topic', '专题', POLICY_TOPICS)}
              {choices('region', '地区', PLACES)}
              {text('issuer', '发布单位')}
              <Choice
                label="发布部门"
                options={[[null, '不指定'], ...departments.map((d) => [d.id, d.name] as const)]}
                value={(f.departmentId as number | null) ?? null}
                onChange={(v) => set('departmentId', v)}
              />
              {text('summary', '政策说明（用大白话写清楚给谁、给什么）', true)}
            </View>
            <View className="card">
              {choices('benefitKind', '待遇类型', BENEFIT_KINDS)}
              {text('benefitMin', '最低金额（元，选填）')}
              {text('benefitMax', '最高金额（元）')}
              {text('benefitText', '待遇说明')}
            </View>
            <View className="card">
              <Text className="section-title">申请条件</Text>
              <Text className="muted pol-para">
                用 JSON 写：all（全部满足）、any（满足其一），每项 {'{'}fact, op, value{'}'}。例：{EXAMPLE}
              </Text>
              <Textarea
                className="pol-textarea pol-textarea--code"
                value={rule}
                maxlength={8000}
                {...fieldProps('申请条件（JSON）')}
                onInput={(e) => setRule(e.detail.value)}
              />
              <View role="status" aria-label="条件预览">
                {parsed.ok ? (
                  (describeCondition(parsed.value).length ? describeCondition(parsed.value) : ['不限']).map((c) => (
                    <Text key={c} className="pol-li">
                      {c}
                    </Text>
                  ))
                ) : (
                  <Text className="pol-error">{parsed.message}</Text>
                )}
              </View>
              <Text className="muted pol-para">
                可用条件项：
                {Object.entries(FACTS)
                  .map(([k, s]) => `${k}（${s.label}，${OPS[s.kind].join('/')}）`)
                  .join('；')}
              </Text>
              {text('conditionsNote', '条件补充说明', true)}
            </View>
            <View className="card">
              <TextField
                label="所需材料（每行一项）"
                value={materials}
                maxLength={3000}
                multiline
                onChange={setMaterials}
              />
              {text('opensOn', '受理开始（YYYY-MM-DD，选填）')}
              {text('closesOn', '受理截止（YYYY-MM-DD，不填为长期）')}
              {TEXTS.map(([k, l, long]) => text(k, l, long))}
              {id && text('changeNote', '本次修订说明')}
            </View>
            <Button type="primary" block onClick={save}>
              保存
            </Button>
            {id && (
              <Button fill="outline" block onClick={withdraw}>
                {withdrawn ? '恢复这条政策' : '废止这条政策'}
              </Button>
            )}
          </>
        )}
      </PageState>
    </Screen>
  )
}
