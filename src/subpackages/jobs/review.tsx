import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PageState } from '../../components/PageState'
import { Screen } from '../../components/Screen'
import { useAction } from '../../hooks/useAction'
import { call } from '../../services/call'
import { toast } from '../../services/toast'
import { Button } from '../../ui/Button'
import { TextField } from '../../components/TextField'
import { JobCard } from './parts'
import './jobs.css'
import './contract'

/** 社工: postings waiting for review (new, edited, or reported), approve or refuse with a reason. */
export default function ReviewQueue() {
  const q = useAction('jobs', 'reviewQueue', {})
  const [notes, setNotes] = useState<Record<number, string>>({})
  const decide = async (id: number, approve: boolean) => {
    const r = await call('jobs', 'review', { id, approve, note: notes[id] ?? '' }).catch(() => null)
    if (r) {
      toast(approve ? '已通过，岗位已公开' : '已退回企业')
      void q.reload()
    }
  }
  return (
    <Screen className="jobs">
      <PageState
        loading={q.loading && !q.data}
        error={q.error}
        empty={q.data?.items.length === 0}
        emptyText="没有待审核的岗位"
        onRetry={q.reload}
      >
        <View role="list" aria-label="待审核岗位">
          {q.data?.items.map((p) => (
            <View key={p.id} role="listitem" aria-label={p.title}>
              <JobCard role="button" p={p} />
              <View className="card">
                {!!p.description && <Text className="muted">{p.description}</Text>}
                {p.reports.map((r, i) => (
                  <Text key={i}>举报：{r}</Text>
                ))}
                <TextField
                  label="审核意见（不通过时必填）"
                  value={notes[p.id] ?? ''}
                  onChange={(v) => setNotes({ ...notes, [p.id]: v })}
                  maxLength={200}
                />
                <View className="row jobs-actions">
                  <Button type="primary" onClick={() => decide(p.id, true)}>
                    通过
                  </Button>
                  <Button onClick={() => decide(p.id, false)}>不通过</Button>
                </View>
              </View>
            </View>
          ))}
        </View>
      </PageState>
    </Screen>
  )
}
