import Taro from '@tarojs/taro'

/**
 * Ask for one-time subscribe grants. Must be called synchronously inside the user's tap:
 * WeChat refuses requestSubscribeMessage once an await has passed. Resolves to the template
 * ids the user accepted (none if they refused or the dialog failed).
 */
export function askToSubscribe(templateIds: string[]): Promise<string[]> {
  if (templateIds.length === 0) return Promise.resolve([])
  return new Promise((resolve) => {
    Taro.requestSubscribeMessage({
      tmplIds: templateIds,
      entityIds: [],
      success: (res) =>
        resolve(templateIds.filter((id) => (res as unknown as Record<string, string>)[id] === 'accept')),
      fail: () => resolve([]),
    } as Parameters<typeof Taro.requestSubscribeMessage>[0])
  })
}
