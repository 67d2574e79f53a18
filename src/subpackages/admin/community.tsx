import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { shanghaiDay } from '../../services/time'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { Choice } from '../../components/Choice'
import './admin.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

const EMPTY = {
  code: '',
  name: '',
  district: '',
  street: '',
  address: '',
  enterprises: '',
  workers: '',
  intro: '',
  motto: '',
  lng: '',
  lat: '',
}
type Form = typeof EMPTY
const num = (v: string) => (v.trim() === '' ? null : Number(v))

/** Admin: a community's name, street, home-card figures and centre; its grids and their 社工. */
export default function CommunityPage() {
  const id = Number(useRouter().params.id) || undefined
  const list = useAction('admin', 'communities', {})
  const [form, setForm] = useState<Form>(EMPTY)
  useEffect(() => {
    const c = list.data?.items.find((x) => x.id === id)
    if (c) {
      setForm({
        code: c.code,
        name: c.name,
        district: c.district,
        street: c.street,
        address: c.address,
        enterprises: c.enterprises === null ? '' : String(c.enterprises),
        workers: c.workers === null ? '' : String(c.workers),
        intro: c.intro,
        motto: c.motto,
        lng: String(c.lng),
        lat: String(c.lat),
      })
    }
  }, [list.data, id])
  const set = (k: keyof Form) => (v: string) => setForm({ ...form, [k]: v })
  const save = async () => {
    const r = await call(
      'admin',
      'saveCommunity',
      {
        ...(id ? { id } : {}),
        code: form.code,
        name: form.name,
        district: form.district,
        street: form.street,
        address: form.address,
        enterprises: num(form.enterprises),
        workers: num(form.workers),
        intro: form.intro,
        ...(form.motto ? { motto: form.motto } : {}),
        lng: Number(form.lng),
        lat: Number(form.lat),
      },
      { loading: '正在保存' },
    ).catch(() => null)
    if (r) {
      toast('已保存', { icon: 'success' })
      if (r.created) void Taro.redirectTo({ url: `/subpackages/admin/community?id=${r.id}` })
    }
  }

  return (
    <Screen className="admin">
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <View className="card">
          <Text className="section-title">{id ? '社区信息' : '新建社区'}</Text>
          <TextField
            label="社区编码"
            name="code"
            value={form.code}
            onChange={set('code')}
            placeholder="如 BL-LINGFENG"
          />
          <TextField label="社区名称" name="name" value={form.name} onChange={set('name')} />
          <TextField label="所在区县" name="district" value={form.district} onChange={set('district')} />
          <TextField label="所属街道" name="street" value={form.street} onChange={set('street')} />
          <TextField
            label="党群服务中心地址"
            name="address"
            value={form.address}
            onChange={set('address')}
            maxLength={120}
          />
          <TextField
            label="首页：企业数（无可留空）"
            name="enterprises"
            type="number"
            value={form.enterprises}
            onChange={set('enterprises')}
          />
          <TextField
            label="首页：职工数（无可留空）"
            name="workers"
            type="number"
            value={form.workers}
            onChange={set('workers')}
          />
          <TextField label="首页介绍" name="intro" value={form.intro} onChange={set('intro')} maxLength={300} />
          <TextField
            label="口号（留空为“有事必到、无事不扰”）"
            name="motto"
            value={form.motto}
            onChange={set('motto')}
          />
          <TextField label="中心经度（GCJ-02）" name="lng" type="digit" value={form.lng} onChange={set('lng')} />
          <TextField label="中心纬度（GCJ-02）" name="lat" type="digit" value={form.lat} onChange={set('lat')} />
          <Button type="primary" block onClick={save}>
            保存社区
          </Button>
        </View>
        {id && <Grids communityId={id} />}
      </PageState>
    </Screen>
  )
}

/** A community's grids (一社工一网格): name, area and the responsible 社工. */
function Grids({ communityId }: { communityId: number }) {
  const grids = useAction('admin', 'grids', { communityId }, [communityId])
  const [editing, setEditing] = useState<{
    id?: number
    name: string
    area: string
    socialWorkerId: number | null
    /** The 社工 shown responsible when editing began: a change of 社工 is a handover from them. */
    from?: number | null
  }>()
  const save = async () => {
    if (!editing) return
    const { from, ...grid } = editing
    if (grid.id !== undefined && from !== undefined && from !== grid.socialWorkerId) {
      const handed = await call(
        'admin',
        'handoverGrid',
        { gridId: grid.id, fromSocialWorkerId: from, toSocialWorkerId: grid.socialWorkerId },
        { loading: '正在交接' },
      ).catch(() => null)
      if (!handed) return void grids.reload()
    }
    const r = await call('admin', 'saveGrid', { communityId, ...grid }, { loading: '正在保存' }).catch(() => null)
    if (r) {
      setEditing(undefined)
      void grids.reload()
    }
  }
  return (
    <View className="card">
      <Text className="section-title">网格（一社工一网格）</Text>
      <PageState loading={grids.loading && !grids.data} error={grids.error} onRetry={grids.reload}>
        {!!grids.data?.warnings.length && (
          <View className="admin-warning" role="alert">
            {grids.data.warnings.map((w) => (
              <Text key={w} className="admin-item__meta">
                ⚠ {w}
              </Text>
            ))}
          </View>
        )}
        <View role="list" aria-label="网格">
          {grids.data?.items.map((g) => (
            <View key={g.id} role="listitem" className="admin-item" aria-label={g.name}>
              <Text className="admin-item__title">{g.name}</Text>
              <Text className="admin-item__meta">
                {g.area || '—'} · 负责社工：{g.socialWorker ?? '未指定'} · 企业 {g.enterprises}
              </Text>
              {g.handovers.slice(0, 3).map((h, i) => (
                <Text key={i} className="admin-item__meta">
                  {shanghaiDay(h.since)}
                  {h.until ? ` 至 ${shanghaiDay(h.until)}` : ' 起'} {h.worker ?? '（已注销）'}负责
                  {h.by ? `（${h.by} 交接）` : ''}
                  {h.note && h.note !== '示例' ? ` · ${h.note}` : ''}
                </Text>
              ))}
              <Button
                size="small"
                fill="outline"
                aria-label={`编辑或交接${g.name}`}
                onClick={() =>
                  setEditing({
                    id: g.id,
                    name: g.name,
                    area: g.area,
                    socialWorkerId: g.socialWorkerId,
                    from: g.socialWorkerId,
                  })
                }
              >
                编辑或交接
              </Button>
            </View>
          ))}
        </View>
        {!editing && (
          <Button fill="outline" block onClick={() => setEditing({ name: '', area: '', socialWorkerId: null })}>
            新建网格
          </Button>
        )}
        {editing && (
          <View>
            <TextField
              label="网格名称"
              name="gridName"
              value={editing.name}
              onChange={(v) => setEditing({ ...editing, name: v })}
            />
            <TextField
              label="范围"
              name="gridArea"
              value={editing.area}
              onChange={(v) => setEditing({ ...editing, area: v })}
              maxLength={120}
            />
            <Choice
              label="负责社工"
              options={[
                [null, '暂不指定'],
                ...(grids.data?.socialWorkers ?? []).map((w) => [w.id, w.displayName] as const),
              ]}
              value={editing.socialWorkerId}
              onChange={(v) => setEditing({ ...editing, socialWorkerId: v })}
            />
            <View className="admin-actions">
              <Button type="primary" onClick={save}>
                保存网格
              </Button>
              <Button onClick={() => setEditing(undefined)}>取消</Button>
            </View>
          </View>
        )}
      </PageState>
    </View>
  )
}
