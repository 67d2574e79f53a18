import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

// All times shown in Chinese; the server stores instants and Asia/Shanghai is UTC+8 all year.
dayjs.locale('zh-cn')

export default dayjs
