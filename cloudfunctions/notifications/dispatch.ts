import type { TimerJob } from '../../server/core/define-function'
import { dispatchDue } from '../../server/notify/dispatch'

/** Every minute: deliver what is due (new notifications, reminders, retries after backoff). */
export const dispatch: TimerJob = {
  standalone: ({ runtime }) => dispatchDue(runtime),
}
