/** The request of WeChat's subscribeMessage.send, as the cloud SDK takes it. */
export interface PushRequest {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: 'developer' | 'trial' | 'formal'
  lang: 'zh_CN'
}

/**
 * What a send came to. `no_grant` (43101): the user holds no grant, so inbox only;
 * `transient`: retry with backoff; `permanent`: record as failed with the reason.
 */
export type PushResult =
  { ok: true } | { ok: false; kind: 'no_grant' | 'transient' | 'permanent'; code: string; message: string }

export interface PushChannel {
  readonly name: string
  send(req: PushRequest, notificationId: number): Promise<PushResult>
}
