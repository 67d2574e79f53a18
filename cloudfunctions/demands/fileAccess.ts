import { handler } from '../../server/core/define-function'
import { inWeChatCloud, wxCloud } from '../../server/core/identity'
import { attachmentViewer } from './domain/access'

/**
 * Opening an attachment, for whoever may see what it is attached to. A gateway upload is served by
 * the gateway (/files/<id>, which asks this first: the manifest names it as demands' file check); a WeChat cloud file gets a temporary URL from
 * WeChat's storage (read-only transaction; offline there is none).
 */
export const fileAccess = handler('demands', 'fileAccess', {
  access: attachmentViewer('attachmentId'),
  async run(ctx) {
    const a = ctx.target
    let url: string | null = null
    if (a.file_id.startsWith('upload:')) url = `/files/${a.id}`
    else if (inWeChatCloud()) {
      const r = await wxCloud().getTempFileURL({ fileList: [a.file_id] })
      url = r?.fileList?.[0]?.tempFileURL ?? null
    }
    return { name: a.name, mime: a.mime, size: a.size, url, fileId: a.file_id }
  },
})
