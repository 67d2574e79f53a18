import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import relativeTime from 'dayjs/plugin/relativeTime'

// All times shown in Chinese; the server stores instants and Asia/Shanghai is UTC+8 all year.
dayjs.locale('zh-cn')
// "3 分钟前" in the inbox.
dayjs.extend(relativeTime)

export default dayjs
