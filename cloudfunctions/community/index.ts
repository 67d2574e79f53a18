// Cloud function `community`: the community a user belongs to, for the home page and staff.
import { defineFunction } from '../features'
import { home } from './home'
import { ping } from './ping'

export const main = defineFunction('community', { home, ping })
