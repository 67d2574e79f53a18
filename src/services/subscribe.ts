import type { SubscribableKind } from '../../contract/notifications'
import { askToSubscribe } from '../platform/subscribe'
import { call } from './call'

// Template ids are fetched ahead of the tap (requestSubscribeMessage must run inside it, before any await).
let templates: { kind: SubscribableKind; templateId: string }[] = []

export function preloadSubscribeTemplates() {
  call('notifications', 'subscribeTemplates', {}, { loading: false, toast: false }).then(
    (r) => (templates = r.templates),
    () => undefined,
  )
}

/**
 * Inside a tap: ask for grants of these kinds, then record the accepted ones on the server
 * (one grant = one message). Returns at once; recording happens in the background.
 */
export function subscribeInTap(kinds: SubscribableKind[]) {
  const wanted = templates.filter((t) => kinds.includes(t.kind))
  const asking = askToSubscribe(wanted.map((t) => t.templateId))
  void asking.then((accepted) => {
    const acceptedKinds = wanted.filter((t) => accepted.includes(t.templateId)).map((t) => t.kind)
    if (acceptedKinds.length)
      void call('notifications', 'recordGrants', { accepted: acceptedKinds }, { loading: false, toast: false }).catch(
        () => undefined,
      )
  })
}
