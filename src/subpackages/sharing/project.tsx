import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PROJECT_FLOWS, type ProjectFlow } from '../../../contract/sharing'
import { Choice, optionsOf } from '../../components/Choice'
import { EmptyState } from '../../components/EmptyState'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { TextField } from '../../components/TextField'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { hasProblems, needText, problems, wholeNumber, type Problems } from './form'
import './sharing.css'
import './contract'

type Key = 'name' | 'summary' | 'howToJoin' | 'flow' | 'demandCategory' | 'sort'

/**
 * 社工 (or admin): add a 全链共享 project of the community, or edit one (?id=). Joining goes to the
 * project's own flow (共享实验室, 绿电享, 红链贷, 免费专利, 共享员工) or, for the others, files a demand
 * of the chosen category.
 */
export default function ProjectForm() {
  const { params } = useRouter()
  const editId = Number(params.id) || undefined
  const communityId = Number(params.communityId) || undefined
  const data = useAction('sharing', 'projects', communityId ? { communityId } : {}, [communityId])
  const d = data.data
  const [f, setF] = useState({ name: '', summary: '', howToJoin: '', sort: '0' })
  const [flow, setFlow] = useState<ProjectFlow>('demand')
  const [category, setCategory] = useState('other')
  const [errors, setErrors] = useState<Problems<Key>>({})
  const [loaded, setLoaded] = useState(false)
  const set = (k: keyof typeof f) => (v: string) => {
    setF((x) => ({ ...x, [k]: v }))
    setErrors((e) => ({ ...e, [k]: undefined }))
  }

  const editing = editId ? d?.items.find((p) => p.id === editId) : undefined
  useEffect(() => {
    if (!editing || loaded) return
    setF({ name: editing.name, summary: editing.summary, howToJoin: editing.howToJoin, sort: String(editing.sort) })
    setFlow(editing.flow)
    setCategory(editing.demandCategory)
    setLoaded(true)
  }, [editing, loaded])

  const save = async () => {
    if (!d?.community) return
    const sort = wholeNumber(f.sort || '0')
    const found = problems<Key>([
      ['name', needText(f.name, 2, '请填写项目名称（至少 2 个字）')],
      ['howToJoin', needText(f.howToJoin, 2, '请写明企业怎么参加')],
      ['sort', (Number.isNaN(sort) || sort > 999) && '排序应为 0–999 的整数'],
      ['demandCategory', flow === 'demand' && !category && '请选择企业提需求时的诉求类别'],
    ])
    setErrors(found)
    if (hasProblems(found)) return toast('请按提示修改后再保存')
    const r = await call(
      'sharing',
      'saveProject',
      {
        id: editId,
        communityId: d.community.id,
        name: f.name.trim(),
        summary: f.summary.trim(),
        howToJoin: f.howToJoin.trim(),
        flow,
        demandCategory: flow === 'demand' ? category : 'other',
        sort,
      },
      { loading: '正在保存' },
    ).catch(() => null)
    if (!r) return
    toast(editId ? '已保存' : '已添加项目')
    void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/subpackages/sharing/index' }))
  }

  return (
    <Screen className="sharing">
      <PageState loading={data.loading && !d} error={data.error} onRetry={data.reload}>
        {d && !d.canEdit ? (
          <EmptyState title="只有本社区的社工可以编辑全链共享项目" description="企业可在全链共享里参加项目">
            <Button
              type="primary"
              fill="outline"
              block
              onClick={() => Taro.redirectTo({ url: '/subpackages/sharing/index' })}
            >
              查看全链共享项目
            </Button>
          </EmptyState>
        ) : d && editId && !editing ? (
          <EmptyState title="项目不存在或已删除" description="可以新增一个项目">
            <Button
              type="primary"
              fill="outline"
              block
              onClick={() => Taro.redirectTo({ url: '/subpackages/sharing/project' })}
            >
              新增项目
            </Button>
          </EmptyState>
        ) : (
          d && (
            <View className="card">
              <Text className="section-title">
                {d.community?.name ?? ''}
                {editId ? ' · 编辑项目' : ' · 新增项目'}
              </Text>
              <TextField
                label="项目名称"
                required
                name="name"
                maxLength={40}
                value={f.name}
                onChange={set('name')}
                placeholder="如 共享仓储"
                error={errors.name}
              />
              <TextField
                label="项目简介"
                multiline
                maxLength={300}
                value={f.summary}
                onChange={set('summary')}
                error={errors.summary}
              />
              <TextField
                label="怎么参加"
                required
                multiline
                maxLength={300}
                value={f.howToJoin}
                onChange={set('howToJoin')}
                placeholder="如 在线提交需求，社工三个工作日内联系"
                error={errors.howToJoin}
              />
              <Choice
                label="参加时进入"
                required
                options={optionsOf(PROJECT_FLOWS)}
                value={flow}
                onChange={(v) => {
                  setFlow(v)
                  setErrors((e) => ({ ...e, flow: undefined, demandCategory: undefined }))
                }}
                error={errors.flow}
              />
              {flow === 'demand' && (
                <Choice
                  label="提需求时的诉求类别"
                  required
                  options={d.demandCategories.map((c) => [c.key, c.label] as const)}
                  value={category}
                  onChange={(v) => {
                    setCategory(v)
                    setErrors((e) => ({ ...e, demandCategory: undefined }))
                  }}
                  error={errors.demandCategory}
                />
              )}
              <TextField
                label="排序（小的在前）"
                type="number"
                maxLength={3}
                value={f.sort}
                onChange={set('sort')}
                error={errors.sort}
              />
              <Button type="primary" block onClick={save}>
                {editId ? '保存修改' : '添加项目'}
              </Button>
            </View>
          )
        )}
      </PageState>
    </Screen>
  )
}
