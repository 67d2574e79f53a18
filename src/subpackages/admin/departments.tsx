import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { DEPARTMENT_KINDS } from '../../../contract/admin'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { Tag } from '../../ui/Tag'
import { TextField } from '../../components/TextField'
import { Choice } from '../../components/Choice'
import './admin.css'
import { Screen } from '../../components/Screen'
import './contract'

type Kind = keyof typeof DEPARTMENT_KINDS
const KIND_OPTIONS = (Object.keys(DEPARTMENT_KINDS) as Kind[]).map((k) => [k, DEPARTMENT_KINDS[k]] as const)
const EMPTY = { code: '', name: '', kind: 'bureau' as Kind, district: '', phone: '', intro: '', active: true }

/** Admin: departments (区人社局、区科技局…), street offices and member units; members are department-scoped grants. */
export default function Departments() {
  const list = useAction('admin', 'departments', {})
  const [editing, setEditing] = useState<typeof EMPTY & { id?: number }>()
  const save = async () => {
    if (!editing) return
    const r = await call('admin', 'saveDepartment', editing, { loading: '正在保存' }).catch(() => null)
    if (r) {
      setEditing(undefined)
      void list.reload()
    }
  }
  const set =
    <K extends keyof typeof EMPTY>(k: K) =>
    (v: (typeof EMPTY)[K]) =>
      editing && setEditing({ ...editing, [k]: v })

  return (
    <Screen className="admin">
      {!editing && (
        <Button type="primary" block onClick={() => setEditing({ ...EMPTY })}>
          新建部门
        </Button>
      )}
      {editing && (
        <View className="card">
          <Text className="section-title">{editing.id ? '编辑部门' : '新建部门'}</Text>
          <TextField label="部门编码" name="code" value={editing.code} onChange={set('code')} placeholder="如 BL-RSJ" />
          <TextField label="部门名称" name="name" value={editing.name} onChange={set('name')} />
          <Choice label="类型" options={KIND_OPTIONS} value={editing.kind} onChange={set('kind')} />
          <TextField label="所在区县" name="district" value={editing.district} onChange={set('district')} />
          <TextField label="联系电话" name="phone" value={editing.phone} onChange={set('phone')} maxLength={30} />
          <TextField label="简介" name="intro" value={editing.intro} onChange={set('intro')} maxLength={300} />
          <Choice
            label="状态"
            options={[
              [true, '启用'],
              [false, '停用'],
            ].map(([v, t]) => [String(v), t as string] as const)}
            value={String(editing.active)}
            onChange={(v) => set('active')(v === 'true')}
          />
          <View className="admin-actions">
            <Button type="primary" onClick={save}>
              保存部门
            </Button>
            <Button onClick={() => setEditing(undefined)}>取消</Button>
          </View>
        </View>
      )}
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <View className="card" role="list" aria-label="部门">
          {list.data?.items.map((d) => (
            <View key={d.id} role="listitem" className="admin-item" aria-label={d.name}>
              <Text className="admin-item__title">{d.name}</Text>
              <Text className="admin-item__meta">
                {d.code} · {d.kindLabel} · {d.district || '—'} · 成员 {d.members}
              </Text>
              {!d.active && <Tag type="danger">已停用</Tag>}
              <View className="admin-actions">
                <Button
                  size="small"
                  fill="outline"
                  aria-label={`${d.name}成员`}
                  onClick={() => Taro.navigateTo({ url: `/subpackages/admin/department?id=${d.id}` })}
                >
                  成员
                </Button>
                <Button
                  size="small"
                  fill="outline"
                  aria-label={`编辑${d.name}`}
                  onClick={() =>
                    setEditing({
                      id: d.id,
                      code: d.code,
                      name: d.name,
                      kind: d.kind,
                      district: d.district,
                      phone: d.phone,
                      intro: d.intro,
                      active: d.active,
                    })
                  }
                >
                  编辑
                </Button>
              </View>
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
