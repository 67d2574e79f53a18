import { handler } from '../../server/core/define-function'

export const ping = handler('community', 'ping', {
  access: 'public',
  async run() {
    return { pong: true as const }
  },
})
