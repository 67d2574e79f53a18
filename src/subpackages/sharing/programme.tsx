import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Choice } from '../../components/Choice'
import { EmptyState } from '../../components/EmptyState'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { wholeYuan } from './format'
import { hasProblems, needText, problems, wholeNumber, type Problems } from './form'
import './sharing.css'
import './contract'

type Key = 'name' | 'cap' | 'banks'

/**
 * 社工 (or admin): the community's 红链贷 programme — its name, what it is, the cap per application
 * and its partner banks (member units of the departments register, whose staff hold the role 银行).
 */
export default function Programme() {
  const communityId = Number(useRouter().params.communityId) || undefined
  const data = useAction('sharing', 'loanProgramme', communityId ? { communityId } : {}, [communityId])
  const d = data.data
  const [f, setF] = useState({ name: '红链贷', intro: '', cap: '' })
  const [banks, setBanks] = useState<number[]>([])
  const [errors, setErrors] = useState<Problems<Key>>({})
  const [loaded, setLoaded] = useState(false)
  const set = (k: keyof typeof f) => (v: string) => {
    setF((x) => ({ ...x, [k]: v }))
    if (k !== 'intro') setErrors((e) => ({ ...e, [k]: undefined }))
  }
  const p = d?.programme
  useEffect(() => {
    if (!p || loaded) return
    setF({ name: p.name, intro: p.intro, cap: String(p.capYuan) })
    setBanks(p.banks.map((b) => b.id))
    setLoaded(true)
  }, [p, loaded])
  const cap = wholeNumber(f.cap)

  const toggle = (id: number) => {
    setBanks((b) => (b.includes(id) ? b.filter((x) => x !== id) : [...b, id]))
    setErrors((e) => ({ ...e, banks: undefined }))
  }

  const save = async () => {
    if (!d?.communityId) return
    const found = problems<Key>([
      ['name', needText(f.name, 2, '请填写项目名称（至少 2 个字）')],
      ['cap', !f.cap.trim() ? '请填写每笔申请的额度上限' : !(cap >= 1) && '额度上限应为大于 0 的整数元'],
      ['banks', banks.length === 0 && '请至少选择一家合作银行'],
    ])
    setErrors(found)
    if (hasProblems(found)) return toast('请按提示修改后再保存')
    const r = await call(
      'sharing',
      'saveProgramme',
      { communityId: d.communityId, name: f.name.trim(), intro: f.intro.trim(), capYuan: cap, bankIds: banks },
      { loading: '正在保存' },
    ).catch(() => null)
    if (!r) return
    toast(p ? '已保存，企业申请按新的设置办理' : '红链贷已开通，企业可以申请了')
    void data.reload()
  }

  return (
    <Screen className="sharing">
      <PageState loading={data.loading && !d} error={data.error} onRetry={data.reload}>
        {d && !d.canEdit ? (
          <EmptyState title="只有本社区的社工可以设置红链贷" description="企业可在红链贷里申请贷款">
            <Button
              type="primary"
              fill="outline"
              block
              onClick={() => Taro.redirectTo({ url: '/subpackages/sharing/loan' })}
            >
              查看红链贷
            </Button>
          </EmptyState>
        ) : (
          d && (
            <View className="card">
              <Text className="section-title">{p ? '修改红链贷项目' : '开通红链贷项目'}</Text>
              <TextField
                label="项目名称"
                required
                name="name"
                maxLength={40}
                value={f.name}
                onChange={set('name')}
                error={errors.name}
              />
              <TextField label="项目介绍" multiline maxLength={300} value={f.intro} onChange={set('intro')} />
              <TextField
                label="每笔申请额度上限（元）"
                required
                type="number"
                maxLength={11}
                value={f.cap}
                onChange={set('cap')}
                placeholder="如 5000000"
                error={errors.cap}
              />
              {cap >= 1 && (
                <Text className="muted" aria-live="polite">
                  即 {wholeYuan(cap)}
                </Text>
              )}
              {d.memberUnits.length ? (
                <Choice
                  label="合作银行（可多选）"
                  required
                  options={d.memberUnits.map((m) => [m.id, m.name] as const)}
                  value={banks}
                  onChange={toggle}
                  error={errors.banks}
                />
              ) : (
                <EmptyState
                  title="还没有可选的合作银行"
                  description="合作银行是成员单位：请管理员在“部门与成员单位”中添加银行，并为其工作人员开通“银行”角色"
                />
              )}
              <Button type="primary" block onClick={save} disabled={!d.memberUnits.length} why="需先添加合作银行">
                {p ? '保存修改' : '开通红链贷'}
              </Button>
            </View>
          )
        )}
      </PageState>
    </Screen>
  )
}
