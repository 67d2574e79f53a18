import { ownsCloudFile } from '../../contract/files'
import { refuse } from '../core/app-error'

/**
 * A picture the client names by a WeChat cloud file id (a rider's photo, an avatar, a group's cover)
 * is taken only from the caller's own folder (contract/files.ts cloudPathFor), so a file id seen on
 * someone else's record cannot be attached to another one. Data URLs (H5) and nothing pass.
 */
export function refuseForeignCloudFile(fileId: string | null | undefined, userId: number, what: string) {
  if (fileId?.startsWith('cloud://') && !ownsCloudFile(fileId, userId))
    refuse('BAD_REQUEST', `${what}不是你上传的，请重新上传`)
}
