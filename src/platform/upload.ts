export { pickAttachments, attachmentSrc, openAttachment } from './upload.h5'
