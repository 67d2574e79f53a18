import { Text, View } from '@tarojs/components'
import { ImportPanel } from '../../components/ImportPanel'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useData } from '../../hooks/useAction'
import { saveBase64File } from '../../platform/save-file'
import { call } from '../../services/call'
import { formatShanghai } from '../../services/time'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import './sharing.css'
import './contract'

/** The institute's contact: import the patent list, see ticks per patent, mark transfer agreements, export. */
export default function Institute() {
  const data = useData(async () => {
    const { items } = await call('sharing', 'institutes', {}, { loading: false, toast: false })
    if (!items.length) return null
    return call('sharing', 'patentTicks', { departmentId: items[0].id }, { loading: false, toast: false }).then(
      (t) => ({
        ...t,
        departmentId: items[0].id,
      }),
    )
  }, [])
  const d = data.data
  const mark = async (patentId: number, enterpriseId: number, signed: boolean) => {
    const r = await call('sharing', 'markAgreement', { patentId, enterpriseId, signed }, { loading: '正在保存' }).catch(
      () => null,
    )
    if (r) {
      toast(signed ? '已登记转让协议' : '已撤销登记')
      void data.reload()
    }
  }
  const exportTicks = async () => {
    if (!d) return
    const r = await call(
      'sharing',
      'exportPatentTicks',
      { departmentId: d.departmentId, format: 'xlsx' },
      { loading: '正在导出' },
    ).catch(() => null)
    if (r) await saveBase64File(r.filename, r.base64, r.mime)
  }
  return (
    <Screen className="sharing">
      <PageState
        loading={data.loading}
        error={data.error}
        onRetry={data.reload}
        empty={data.data === null}
        emptyText="你还不是哪家院所的联系人，请联系管理员授权"
      >
        {d && (
          <>
            <View className="card">
              <Text className="section-title">{d.institute}</Text>
              <Text className="line">
                清单 {d.patents} 项 · {d.byEnterprise.length} 家企业勾选
              </Text>
              <View className="row">
                <Button size="small" fill="outline" onClick={exportTicks}>
                  导出意向
                </Button>
              </View>
            </View>
            <ImportPanel
              title="导入专利清单"
              hint="导入表格列：专利号、专利名称、技术领域、产业链、法律状态（有一行不对则整份不导入）"
              check={async (file) => {
                const r = await call(
                  'sharing',
                  'importPatents',
                  { departmentId: d.departmentId, file, dryRun: true },
                  { loading: false },
                )
                return { rows: r.rows, next: null, errors: r.errors }
              }}
              write={async (file, progress) => {
                const r = await call(
                  'sharing',
                  'importPatents',
                  { departmentId: d.departmentId, file },
                  { loading: false },
                )
                progress(r.rows, r.rows)
                // Another institute may have listed a number since the check.
                if (r.errors.length) return `未导入：第 ${r.errors[0].row} 行 ${r.errors[0].message}`
                void data.reload()
                return `已导入：新增 ${r.created} 项，更新 ${r.updated} 项`
              }}
            />
            <View className="card" role="list" aria-label="各企业勾选">
              {d.byEnterprise.map((e) => (
                <View key={e.enterprise} className="line" role="listitem">
                  <Text>
                    {e.enterprise}：勾选 {e.picked} 项，已签协议 {e.agreements} 项
                  </Text>
                </View>
              ))}
            </View>
            <View role="list" aria-label="各专利意向">
              {d.items
                .filter((p) => p.ticks.length > 0)
                .map((p) => (
                  <View key={p.id} className="card" role="listitem" aria-label={p.title}>
                    <Text className="section-title">{p.title}</Text>
                    <Text className="muted">{p.number}</Text>
                    {p.ticks.map((t) => (
                      <View key={t.enterpriseId} className="row">
                        <Text className="line">
                          {t.enterprise} · {formatShanghai(t.pickedAt, 'YYYY年M月D日')}勾选
                        </Text>
                        <Button size="small" fill="outline" onClick={() => mark(p.id, t.enterpriseId, !t.agreement)}>
                          {t.agreement ? '已签协议（撤销）' : '登记转让协议'}
                        </Button>
                      </View>
                    ))}
                  </View>
                ))}
            </View>
          </>
        )}
      </PageState>
    </Screen>
  )
}
