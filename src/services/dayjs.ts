import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import relativeTime from 'dayjs/plugin/relativeTime'

// All times shown in Chinese; the server stores instants and Asia/Shanghai is UTC+8 all year.
dayjs.locale('zh-cn')
// "3 分钟前" in the inbox.
dayjs.extend(relativeTime)

/** Shanghai calendar date (YYYY-MM-DD) of an instant, whatever the phone's time zone. */
export const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

export default dayjs
