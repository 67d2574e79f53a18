// Cloud function `community`: the community a user belongs to, for the home page.
import { defineFunction } from '../../server/core/define-function'
import { home } from './home'
import { ping } from './ping'

export const main = defineFunction('community', { home, ping })
