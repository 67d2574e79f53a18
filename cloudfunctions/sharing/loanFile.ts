import { handler } from '../../server/core/define-function'
import { inWeChatCloud, wxCloud } from '../../server/core/identity'
import { loanFileReader } from './domain/access'

/**
 * Opening a 红链贷 material: the applying enterprise and the application's bank (the guard). This
 * is the feature's file check (its manifest's `files`): the gateway serves an upload at
 * /files/sharing/<id> after asking it; a WeChat cloud file gets a temporary URL.
 */
export const loanFile = handler('sharing', 'loanFile', {
  access: loanFileReader('loanFileId'),
  async run({ target: f }) {
    let url: string | null = null
    if (f.file_id.startsWith('upload:')) url = `/files/sharing/${f.id}`
    else if (inWeChatCloud()) {
      const r = await wxCloud().getTempFileURL({ fileList: [f.file_id] })
      url = r?.fileList?.[0]?.tempFileURL ?? null
    }
    return { name: f.name, mime: f.mime, size: f.size, url, fileId: f.file_id }
  },
})
