import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { EnterpriseView } from '../../../contract/admin'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Input } from '../../ui/Input'
import { Tag } from '../../ui/Tag'
import { TextField } from '../../components/TextField'
import { Choice } from '../../components/Choice'
import { FilterBar, oneOf } from '../../components/FilterBar'
import { Pager } from '../../components/Pager'
import { EnterpriseImport } from './components/EnterpriseImport'
import './admin.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import { fieldProps } from '../../platform/a11y'
import './contract'

interface Form {
  id?: number
  name: string
  creditCode: string
  communityId: number | null
  gridId: number | null
  address: string
  industry: string
  headcount: string
  contactName: string
  contactPhone: string
}
const EMPTY: Form = {
  name: '',
  creditCode: '',
  communityId: null,
  gridId: null,
  address: '',
  industry: '',
  headcount: '',
  contactName: '',
  contactPhone: '',
}
const formOf = (e: EnterpriseView): Form => ({
  id: e.id,
  name: e.name,
  creditCode: e.creditCode,
  communityId: e.communityId,
  gridId: e.gridId,
  address: e.address,
  industry: e.industry,
  headcount: e.headcount === null ? '' : String(e.headcount),
  contactName: e.contactName,
  contactPhone: e.contactPhone,
})

/** Enterprises in reach (all for an admin, their community for a 社工): search, register, edit, import, export. */
export default function Enterprises() {
  const scope = useAction('admin', 'scope', {})
  const [q, setQ] = useState('')
  const [communityId, setCommunityId] = useState<number | null>(null)
  const [page, setPage] = useState(1)
  const input = { ...(q.trim() ? { q: q.trim() } : {}), ...(communityId ? { communityId } : {}), page }
  const list = useAction('admin', 'enterprises', input, [JSON.stringify(input)])
  const [editing, setEditing] = useState<Form>()
  const communities = (scope.data?.communities ?? []).map((c) => [c.id, c.name] as const)

  return (
    <Screen className="admin">
      <View className="card">
        <Input
          name="q"
          {...fieldProps('搜索企业名称或信用代码')}
          placeholder="搜索企业名称或统一社会信用代码"
          value={q}
          onChange={(v) => {
            setQ(v)
            setPage(1)
          }}
          maxLength={40}
          clearable
        />
      </View>
      <FilterBar
        groups={[
          oneOf('社区', communities, communityId, (v) => {
            setCommunityId(v)
            setPage(1)
          }),
        ]}
      />
      {!editing && (
        <Button
          type="primary"
          block
          onClick={() => setEditing({ ...EMPTY, communityId: communityId ?? communities[0]?.[0] ?? null })}
        >
          登记企业
        </Button>
      )}
      {editing && (
        <EnterpriseForm
          form={editing}
          communities={communities}
          onDone={(saved) => (setEditing(undefined), saved && list.reload())}
        />
      )}
      <PageState
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={list.reload}
        empty={list.data?.items.length === 0}
        emptyText="没有符合条件的企业"
      >
        {list.data && (
          <>
            <View className="card" role="list" aria-label="企业">
              {list.data.items.map((e) => (
                <View key={e.id} role="listitem" className="admin-item" aria-label={e.name}>
                  <Text className="admin-item__title">{e.name}</Text>
                  <Text className="admin-item__meta">
                    {e.creditCode} · {e.community}
                    {e.grid ? ` · ${e.grid}` : ''}
                  </Text>
                  <Text className="admin-item__meta">
                    {[e.industry, e.headcount !== null && `${e.headcount} 人`, e.contactName, e.contactPhone]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  {e.verified && <Tag type="success">已核实</Tag>}
                  <Button
                    size="small"
                    fill="outline"
                    aria-label={`编辑${e.name}`}
                    onClick={() => setEditing(formOf(e))}
                  >
                    编辑
                  </Button>
                </View>
              ))}
            </View>
            <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
          </>
        )}
      </PageState>
      <EnterpriseImport communityId={communityId ?? undefined} onImported={() => void list.reload()} />
    </Screen>
  )
}

function EnterpriseForm(p: {
  form: Form
  communities: (readonly [number, string])[]
  onDone: (saved: boolean) => void
}) {
  const [f, setF] = useState(p.form)
  const [problem, setProblem] = useState('')
  const grids = useAction('admin', 'grids', { communityId: f.communityId ?? 0 }, [f.communityId])
  const set =
    <K extends keyof Form>(k: K) =>
    (v: Form[K]) =>
      setF({ ...f, [k]: v })
  const save = async () => {
    if (!f.communityId) return setProblem('请选择所属社区')
    setProblem('')
    try {
      await call(
        'admin',
        'saveEnterprise',
        {
          ...(f.id ? { id: f.id } : {}),
          name: f.name,
          creditCode: f.creditCode,
          communityId: f.communityId,
          gridId: f.gridId,
          address: f.address,
          industry: f.industry,
          headcount: f.headcount.trim() === '' ? null : Number(f.headcount),
          contactName: f.contactName,
          contactPhone: f.contactPhone,
        },
        { loading: '正在保存', toast: false },
      )
      toast('已保存', { icon: 'success' })
      p.onDone(true)
    } catch (e) {
      setProblem((e as Error).message)
    }
  }
  return (
    <View className="card">
      <Text className="section-title">{f.id ? '编辑企业' : '登记企业'}</Text>
      <TextField label="企业名称" name="name" value={f.name} onChange={set('name')} maxLength={80} />
      <TextField
        label="统一社会信用代码（18 位）"
        name="creditCode"
        value={f.creditCode}
        onChange={set('creditCode')}
        maxLength={30}
      />
      <Choice
        label="所属社区"
        options={p.communities}
        value={f.communityId}
        onChange={(v) => setF({ ...f, communityId: v, gridId: null })}
      />
      {f.communityId !== null && (
        <Choice
          label="网格"
          options={[[null, '未划分'], ...(grids.data?.items ?? []).map((g) => [g.id, g.name] as const)]}
          value={f.gridId}
          onChange={set('gridId')}
        />
      )}
      <TextField label="地址" name="address" value={f.address} onChange={set('address')} maxLength={120} />
      <TextField label="行业" name="industry" value={f.industry} onChange={set('industry')} maxLength={40} />
      <TextField
        label="员工人数"
        name="headcount"
        type="number"
        value={f.headcount}
        onChange={set('headcount')}
        maxLength={7}
      />
      <TextField label="联系人" name="contactName" value={f.contactName} onChange={set('contactName')} maxLength={40} />
      <TextField
        label="联系电话"
        name="contactPhone"
        type="number"
        value={f.contactPhone}
        onChange={set('contactPhone')}
        maxLength={11}
      />
      {problem && (
        <View role="alert" className="admin-error">
          {problem}
        </View>
      )}
      <View className="admin-actions">
        <Button type="primary" onClick={save}>
          保存企业
        </Button>
        <Button onClick={() => p.onDone(false)}>取消</Button>
      </View>
    </View>
  )
}
