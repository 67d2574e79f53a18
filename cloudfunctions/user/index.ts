// Cloud function `user`: who is asking, and signing in on H5.
import { defineFunction } from '../features'
import { changePassword } from './changePassword'
import { demoLogin } from './demoLogin'
import { login } from './login'
import { logout } from './logout'
import { me } from './me'
import { signInOptions } from './signInOptions'
import { sweepSessions } from './sweepSessions'

export const main = defineFunction(
  'user',
  { me, signInOptions, demoLogin, login, logout, changePassword },
  { timers: { sweepSessions } },
)
