export { pickAttachments, attachmentSrc, openAttachment, pickReport, openReport, openLoanFile } from './upload.h5'
