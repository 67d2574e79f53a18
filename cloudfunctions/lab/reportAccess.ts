import { refuse } from '../../server/core/app-error'
import { handler } from '../../server/core/define-function'
import { inWeChatCloud, wxCloud } from '../../server/core/identity'
import { orderViewer } from './domain/access'

/**
 * Opening an order's report: only its enterprise's liaison and the lab's staff (anyone else is
 * told the order is not found). A gateway upload is served at /files/lab/<orderId> (which asks
 * this first); a WeChat cloud file gets a temporary URL.
 */
export const reportAccess = handler('lab', 'reportAccess', {
  access: orderViewer('orderId'),
  async run({ target }) {
    const o = target.order
    if (o.status !== 'reported' || !o.report_file_id) return refuse('NOT_FOUND', '该订单还没有检测报告')
    let url: string | null = null
    if (o.report_file_id.startsWith('upload:')) url = `/files/lab/${o.id}`
    else if (inWeChatCloud()) {
      const r = await wxCloud().getTempFileURL({ fileList: [o.report_file_id] })
      url = r?.fileList?.[0]?.tempFileURL ?? null
    }
    return {
      name: o.report_name ?? '检测报告.pdf',
      size: o.report_size ?? 0,
      mime: 'application/pdf',
      url,
      fileId: o.report_file_id,
    }
  },
})
