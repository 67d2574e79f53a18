/** weapp: the share button's open-type opens WeChat's share sheet (useShareAppMessage fills it). */
export function shareLink(_hashPath: string) {}
