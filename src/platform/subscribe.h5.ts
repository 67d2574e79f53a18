/** H5 has no WeChat subscribe messages: news reaches the inbox (消息) only. */
export function askToSubscribe(_templateIds: string[]): Promise<string[]> {
  return Promise.resolve([])
}

/** No camera scanning in the H5 build: the counter types the code. */
export async function scanCode(): Promise<string | null> {
  return null
}

export const canScan = false
