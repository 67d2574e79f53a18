import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { PROFILE_FIELD_KEYS, PROFILE_FIELDS, type Profile, type ProfileField } from '../../../contract/policy-rules'
import { PageState } from '../../components/PageState'
import { call, type CallError } from '../../services/call'
import { yuan } from './format'
import { TextField } from '../../components/TextField'
import { Chip } from '../../components/Chip'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './policies.css'
import './contract'

type Value = Profile[ProfileField] | null

/**
 * 我的条件: the facts policies are matched against. Opened from a policy with `only=a,b`, it asks
 * just for what that policy is missing and goes back once saved.
 */
export default function ProfilePage() {
  const { params } = useRouter()
  const only = (params.only ?? '')
    .split(',')
    .filter((f): f is ProfileField => (PROFILE_FIELD_KEYS as string[]).includes(f))
  const [saved, setSaved] = useState<Profile>()
  const [birthYearLocked, setBirthYearLocked] = useState(false)
  const [draft, setDraft] = useState<Record<string, Value>>({})
  const [texts, setTexts] = useState<Record<string, string>>({})
  const [error, setError] = useState<CallError>()
  const [summary, setSummary] = useState<string>()
  const [showAll, setShowAll] = useState(false)

  const load = () => {
    setError(undefined)
    call('policies', 'profile', {}, { loading: false, toast: false }).then((r) => {
      setSaved(r.profile)
      setBirthYearLocked(r.birthYearLocked)
      setDraft({})
      setTexts({})
    }, setError)
  }
  useDidShow(load)

  const value = (f: ProfileField): Value => (f in draft ? draft[f] : (saved?.[f] ?? null))
  const set = (f: ProfileField, v: Value) => setDraft({ ...draft, [f]: v })
  const changed = Object.keys(draft).filter((f) => draft[f] !== (saved?.[f as ProfileField] ?? null))

  const save = async () => {
    const facts = Object.fromEntries(changed.map((f) => [f, draft[f]]))
    const r = await call('policies', 'saveProfile', { facts }, { loading: '正在保存' }).catch(() => null)
    if (!r) return
    setSaved(r.profile)
    setBirthYearLocked(r.birthYearLocked)
    setDraft({})
    const t = r.totals
    if (only.length) {
      toast('已保存', { icon: 'success' })
      setTimeout(() => Taro.navigateBack(), 600)
      return
    }
    setSummary(
      `已保存。你符合 ${t.eligible} 条政策${t.cashMax ? `，补贴奖励最高合计 ${yuan(t.cashMax)}` : ''}；还有 ${t.maybe} 条可能符合。`,
    )
  }

  const field = (f: ProfileField) => {
    const spec = PROFILE_FIELDS[f]
    const v = value(f)
    if (spec.kind === 'choice' || spec.kind === 'boolean') {
      const options: [string | boolean, string][] =
        spec.kind === 'boolean'
          ? [
              [true, '是'],
              [false, '否'],
            ]
          : Object.entries(spec.options)
      return (
        <View key={f} className="pol-field">
          <Text className="pol-field__label">{spec.label}</Text>
          <View className="pol-row" role="group" aria-label={spec.label}>
            {options.map(([k, label]) => (
              <Chip role="button" key={String(k)} on={v === k} onPress={() => set(f, v === k ? null : (k as Value))}>
                {label}
              </Chip>
            ))}
          </View>
        </View>
      )
    }
    if (f === 'birthYear' && birthYearLocked)
      return (
        <View key={f} className="pol-field">
          <Text className="pol-field__label">{spec.label}</Text>
          <Text>{String(v)}</Text>
          <Text className="muted pol-para">青创客身份按出生年份认定，如有误请联系社区社工修改。</Text>
        </View>
      )
    const text = f in texts ? texts[f] : v === null || v === undefined ? '' : String(v)
    return (
      <TextField
        key={f}
        label={spec.label}
        type="number"
        value={text}
        maxLength={12}
        placeholder={spec.kind === 'year' ? '如 1998' : '填写数字'}
        onChange={(v) => {
          const raw = v.trim()
          setTexts({ ...texts, [f]: raw })
          set(f, raw === '' ? null : Number(raw))
        }}
      />
    )
  }

  const person = PROFILE_FIELD_KEYS.filter((f) => PROFILE_FIELDS[f].group === 'person')
  const company = PROFILE_FIELD_KEYS.filter((f) => PROFILE_FIELDS[f].group === 'company')
  return (
    <Screen className="pol">
      <PageState loading={!saved && !error} error={error} onRetry={load}>
        {only.length > 0 && (
          <View className="card">
            <Text className="section-title">补充这些条件，就能判断是否符合</Text>
            {only.map(field)}
            {!showAll && (
              <Button fill="outline" onClick={() => setShowAll(true)}>
                查看全部条件
              </Button>
            )}
          </View>
        )}
        {(!only.length || showAll) && (
          <>
            <View className="card">
              <Text className="section-title">个人情况</Text>
              <Text className="muted pol-para">只用于判断你能享受哪些政策，不会展示给他人。</Text>
              {person.filter((f) => !only.includes(f)).map(field)}
            </View>
            <View className="card">
              <Text className="section-title">我的企业</Text>
              <Text className="muted pol-para">还没有注册企业，在“企业注册地”选“未注册企业”。</Text>
              {company.filter((f) => !only.includes(f)).map(field)}
            </View>
          </>
        )}
        {summary && (
          <View className="card pol-note" role="status">
            <Text>{summary}</Text>
            <Button type="primary" onClick={() => Taro.redirectTo({ url: '/subpackages/policies/benefits' })}>
              看我能享受
            </Button>
          </View>
        )}
        <Button type="primary" block disabled={!changed.length} why="修改任一条件后可保存" onClick={save}>
          保存{changed.length ? `（${changed.length} 项）` : ''}
        </Button>
      </PageState>
    </Screen>
  )
}
