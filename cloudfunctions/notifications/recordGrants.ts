import { handler, own } from '../../server/core/define-function'
import { templateIdOf } from '../../server/notify/config'

/** WeChat allows at most this many unused one-time grants per template to pile up. */
const MAX_HELD = 50

/** The client reports the templates the user accepted in requestSubscribeMessage: one grant each. */
export const recordGrants = handler('notifications', 'recordGrants', {
  access: own("the caller's subscribe grants"),
  async run({ db, user, now, runtime }, { accepted }) {
    // Kinds the app sends and has a template for; anything else is ignored.
    const kinds = [...new Set(accepted)].filter((k) => runtime.notices.has(k) && templateIdOf(k))
    for (const kind of kinds) {
      await db
        .insertInto('subscribe_grants')
        .values({ user_id: user.id, kind, remaining: 1, updated_at: now })
        .onConflict((oc) =>
          oc.columns(['user_id', 'kind']).doUpdateSet((eb) => ({
            remaining: eb.fn('least', [eb('subscribe_grants.remaining', '+', 1), eb.val(MAX_HELD)]),
            updated_at: now,
          })),
        )
        .execute()
    }
    return { recorded: kinds.length }
  },
})
