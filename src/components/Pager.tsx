import { Text, View } from '@tarojs/components'
import { roleProps } from '../platform/a11y'
import { Button } from '../ui/Button'
import './Pager.css'

interface Props {
  /** The page shown, from 1. */
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}

/** 上一页 / 下一页 with where we are (第 2 / 5 页，共 93 条); nothing when it all fits on one page. */
export function Pager({ page, pageSize, total, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages <= 1) return null
  return (
    <View className="row pager" {...roleProps('navigation')} aria-label="翻页">
      <Button size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </Button>
      <Text className="grow pager__at">
        第 {page} / {pages} 页，共 {total} 条
      </Text>
      <Button size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </Button>
    </View>
  )
}
