import { View, Text } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { Button } from '../../../ui/Button'
import { Input } from '../../../ui/Input'
import { fieldProps, pressProps } from '../../../platform/a11y'

/** A labelled text field: the label is read out with the field (every control named in Chinese). */
export function Field(p: {
  label: string
  name: string
  value: string
  onChange: (v: string) => void
  type?: 'text' | 'number' | 'digit' | 'password'
  placeholder?: string
  maxLength?: number
}) {
  return (
    <View className="admin-field">
      <Text className="admin-field__label">{p.label}</Text>
      <Input
        name={p.name}
        {...fieldProps(p.label)}
        type={p.type ?? 'text'}
        value={p.value}
        onChange={p.onChange}
        placeholder={p.placeholder ?? p.label}
        maxLength={p.maxLength ?? 60}
      />
    </View>
  )
}

/** One choice among a few, as chips (a radio group). `null` in options means "any". */
export function Choice<T extends string | number | null>(p: {
  label: string
  options: readonly (readonly [T, string])[]
  value: T
  onChange: (v: T) => void
}) {
  return (
    <View className="admin-field">
      <Text className="admin-field__label">{p.label}</Text>
      <View className="admin-chips" role="radiogroup" aria-label={p.label}>
        {p.options.map(([v, text]) => (
          <View
            key={String(v)}
            role="radio"
            aria-checked={v === p.value}
            className={`chip admin-chip ${v === p.value ? 'chip--on' : ''}`}
            onClick={() => p.onChange(v)}
            {...pressProps(() => p.onChange(v))}
          >
            {text}
          </View>
        ))}
      </View>
    </View>
  )
}

/** Filters that take more than a row fold behind 筛选 (shown with how many are set). */
export function Filters({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <View className="admin-filters">
      <Button size="small" fill="outline" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '收起筛选' : active ? `筛选（${active}）` : '筛选'}
      </Button>
      {open && <View className="card admin-filters__body">{children}</View>}
    </View>
  )
}

/** Previous / next page with where we are. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number
  pageSize: number
  total: number
  onPage: (p: number) => void
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages <= 1) return null
  return (
    <View className="row admin-pager" role="navigation" aria-label="翻页">
      <Button size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </Button>
      <Text className="grow admin-pager__at">
        第 {page} / {pages} 页，共 {total} 条
      </Text>
      <Button size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </Button>
    </View>
  )
}

/** A one-time password, shown once, with what to do with it. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <View className="card admin-otp" role="status" aria-label="一次性密码">
      <Text className="section-title">账号 {username} 的一次性密码</Text>
      <Text className="admin-otp__value" selectable aria-label={`一次性密码 ${password}`}>
        {password}
      </Text>
      <Text className="muted">只显示这一次。请当面或电话告知本人；本人首次登录后必须修改密码。</Text>
    </View>
  )
}
