// What other features may use of demands (DESIGN.md §6: features meet through public faces).
// Uploads (the gateway's /upload and WeChat cloud files) are kept here: every feature that takes
// files checks the caller's own upload through this one path.
export { ownUpload } from './domain/attachments'
