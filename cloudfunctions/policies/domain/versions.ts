import {
  BENEFIT_KINDS,
  POLICY_CATEGORIES,
  POLICY_FIELD_LABELS,
  POLICY_TOPICS,
  type PolicyEdit,
} from '../../../contract/policies'
import { describeCondition, PLACES, type Condition } from '../../../contract/policy-rules'
import type { PolicyChange } from '../tables'

// A version is a snapshot of what staff wrote; what changed is worked out once, in words, when
// the version is saved, so the policy page can say "受理截止 2026-06-30 → 2026-12-31".

export type Snapshot = Omit<PolicyEdit, 'changeNote'>

export const FIELD_LABELS = POLICY_FIELD_LABELS as Record<keyof Snapshot, string>

export function snapshotOf(edit: PolicyEdit): Snapshot {
  const { changeNote, ...rest } = edit
  return rest
}

export const formatYuan = (n: number | null) => (n === null ? '未填' : `${n.toLocaleString('zh-CN')} 元`)

function words(field: keyof Snapshot, s: Snapshot, departments: Map<number, string>): string {
  switch (field) {
    case 'category':
      return POLICY_CATEGORIES[s.category]
    case 'topic':
      return POLICY_TOPICS[s.topic]
    case 'region':
      return PLACES[s.region]
    case 'benefitKind':
      return BENEFIT_KINDS[s.benefitKind]
    case 'benefitMin':
    case 'benefitMax':
      return formatYuan(s[field])
    case 'conditions': {
      const lines = describeCondition(s.conditions as Condition)
      return lines.length ? lines.join('；') : '不限'
    }
    case 'materials':
      return s.materials.length ? s.materials.join('、') : '无'
    case 'opensOn':
      return s.opensOn ?? '不限'
    case 'closesOn':
      return s.closesOn ?? '长期有效'
    case 'sourceDate':
      return s.sourceDate ?? '未填'
    case 'departmentId':
      return s.departmentId === null ? '未指定' : (departments.get(s.departmentId) ?? `部门 ${s.departmentId}`)
    default:
      return String(s[field] ?? '') || '（空）'
  }
}

/** JSON with sorted keys: a snapshot read back from jsonb (which reorders keys) compares equal. */
const canonical = (v: unknown): string =>
  v === null || typeof v !== 'object'
    ? JSON.stringify(v ?? null)
    : Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`

/** What differs between two snapshots, field by field, in words. */
export function diff(before: Snapshot, after: Snapshot, departments = new Map<number, string>()): PolicyChange[] {
  const out: PolicyChange[] = []
  for (const field of (Object.keys(FIELD_LABELS) as (keyof Snapshot)[]).filter((f) => f !== ('changeNote' as string))) {
    if (canonical(before[field]) === canonical(after[field])) continue
    out.push({
      field,
      label: FIELD_LABELS[field],
      before: words(field, before, departments),
      after: words(field, after, departments),
    })
  }
  return out
}
