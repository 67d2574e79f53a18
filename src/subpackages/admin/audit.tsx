import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { PageState } from '../../components/PageState'
import { useAction } from '../../hooks/useAction'
import { saveBase64File } from '../../platform/save-file'
import { call } from '../../services/call'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { FilterBar, oneOf } from '../../components/FilterBar'
import { Pager } from '../../components/Pager'
import './admin.css'
import { Screen } from '../../components/Screen'
import { toast } from '../../services/toast'
import './contract'

// Families of acts to filter by (the server matches `role` to role.grant and role.revoke).
const ACTS = [
  ['role', '角色授予/撤销'],
  ['user', '账号（创建、停用、重置、改密、迁移、注销）'],
  ['application', '角色申请审核'],
  ['rider', '骑手认证审核'],
  ['community', '社区'],
  ['grid', '网格'],
  ['department', '部门'],
  ['enterprise', '企业'],
  ['canteen', '餐厅人员'],
  ['station', '站点人员'],
] as const
const DAY = /^20\d\d-\d\d-\d\d$/

/** The audit log: who did what, when, to whom, with before/after. Admins all and export; a 社工 their community's. */
export default function Audit() {
  const scope = useAction('admin', 'scope', {})
  const [action, setAction] = useState<string | null>(null)
  const [communityId, setCommunityId] = useState<number | null>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [subjectId, setSubjectId] = useState('')
  const [page, setPage] = useState(1)
  const filters = {
    ...(action ? { action } : {}),
    ...(communityId ? { communityId } : {}),
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) ? { to } : {}),
    ...(/^\d+$/.test(subjectId) ? { subjectType: 'user', subjectId } : {}),
  }
  const log = useAction('admin', 'auditLog', { ...filters, page }, [JSON.stringify(filters), page])
  const exportAs = async (format: 'xlsx' | 'csv') => {
    const r = await call('admin', 'exportAudit', { ...filters, format }, { loading: '正在导出' }).catch(() => null)
    if (r) {
      await saveBase64File(r.filename, r.base64, r.mime)
      toast(`已导出 ${r.rows} 条`)
    }
  }
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setPage(1)
    }

  return (
    <Screen className="admin">
      <FilterBar
        groups={[
          oneOf('操作类型', ACTS, action, reset(setAction)),
          oneOf(
            '社区',
            (scope.data?.communities ?? []).map((c) => [c.id, c.name] as const),
            communityId,
            reset(setCommunityId),
          ),
        ]}
        active={[DAY.test(from), DAY.test(to), /^\d+$/.test(subjectId)].filter(Boolean).length}
        onClear={() => {
          setAction(null)
          setCommunityId(null)
          setFrom('')
          setTo('')
          setSubjectId('')
          setPage(1)
        }}
      >
        <TextField label="起始日期（YYYY-MM-DD）" name="from" value={from} onChange={reset(setFrom)} maxLength={10} />
        <TextField label="截止日期（YYYY-MM-DD）" name="to" value={to} onChange={reset(setTo)} maxLength={10} />
        <TextField
          label="对象用户编号"
          name="subject"
          type="number"
          value={subjectId}
          onChange={reset(setSubjectId)}
          maxLength={10}
        />
      </FilterBar>
      {scope.data?.admin && (
        <View className="admin-actions">
          <Button fill="outline" onClick={() => exportAs('xlsx')}>
            导出 xlsx
          </Button>
          <Button fill="outline" onClick={() => exportAs('csv')}>
            导出 CSV
          </Button>
        </View>
      )}
      <PageState
        loading={log.loading && !log.data}
        error={log.error}
        onRetry={log.reload}
        empty={log.data?.items.length === 0}
        emptyText="没有符合条件的记录"
      >
        {log.data && (
          <>
            <View className="card" role="list" aria-label="审计记录">
              {log.data.items.map((e) => (
                <View key={e.id} role="listitem" className="admin-item" aria-label={`${e.actionLabel} ${e.subject}`}>
                  <Text className="admin-item__title">
                    {e.actionLabel} · {e.subject}
                  </Text>
                  <Text className="admin-item__meta">
                    {e.at} · {e.actor}
                    {e.community ? ` · ${e.community}` : ''}
                    {e.note ? ` · ${e.note}` : ''}
                  </Text>
                  {e.before && <Text className="admin-json">之前：{e.before}</Text>}
                  {e.after && <Text className="admin-json">之后：{e.after}</Text>}
                </View>
              ))}
            </View>
            <Pager page={page} pageSize={log.data.pageSize} total={log.data.total} onPage={setPage} />
          </>
        )}
      </PageState>
    </Screen>
  )
}
