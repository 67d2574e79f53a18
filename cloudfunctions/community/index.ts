// Cloud function `community`: the community a user belongs to, for the home page and staff.
import { communityContract } from '../../contract/community'
import { defineFunction } from '../features'
import { home } from './home'
import { ping } from './ping'

export const main = defineFunction('community', communityContract, { home, ping })
