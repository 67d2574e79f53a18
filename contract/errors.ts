// The one error envelope. Codes are stable identifiers; messages are Chinese, for people.
export const ERROR_CODES = {
  BAD_REQUEST: '请求内容不正确',
  BAD_JSON: '请求格式错误，无法解析',
  UNKNOWN_FUNCTION: '没有这个服务',
  UNKNOWN_ACTION: '没有这个操作',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  PASSWORD_CHANGE_REQUIRED: '请先修改初始密码',
  /** A signed-in person before first use asked for a role's action: the client offers 首次使用. */
  ONBOARDING_REQUIRED: '请先选择所在社区和身份',
  FORBIDDEN: '你没有权限进行此操作',
  NOT_FOUND: '要找的内容不存在',
  CONFLICT: '操作冲突，请刷新后重试',
  FULL: '已满',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UNAVAILABLE: '此功能当前不可用',
  NETWORK: '网络不通，请检查网络后重试',
  INTERNAL: '服务暂时不可用，请稍后再试',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export type Ok<T> = { ok: true; data: T }
export type Fail = { ok: false; code: ErrorCode; message: string }
export type Envelope<T> = Ok<T> | Fail

export function fail(code: ErrorCode, message?: string): Fail {
  return { ok: false, code, message: message ?? ERROR_CODES[code] }
}
