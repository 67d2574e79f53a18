/** H5 has no WeChat subscribe messages: news reaches the inbox (消息) only. */
export function askToSubscribe(_templateIds: string[]): Promise<string[]> {
  return Promise.resolve([])
}
