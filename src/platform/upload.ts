export { pickAttachments, attachmentSrc, openAttachment, pickReport, openReport } from './upload.h5'
