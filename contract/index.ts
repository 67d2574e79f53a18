import type { z } from 'zod'
import { activitiesContract } from './activities'
import { adminContract } from './admin'
import { canteenContract } from './canteen'
import { communityContract } from './community'
import { demandsContract } from './demands'
import { jobsContract } from './jobs'
import type { ActionContract } from './define'
import { fairsContract } from './fairs'
import { labContract } from './lab'
import { notificationsContract } from './notifications'
import { policiesContract } from './policies'
import { sharingContract } from './sharing'
import { stationsContract } from './stations'
import { talentContract } from './talent'
import { userContract } from './user'
import { volunteersContract } from './volunteers'

/** Every cloud function and its actions. The client and the functions import this one object. */
export const contract = {
  user: userContract,
  community: communityContract,
  stations: stationsContract,
  notifications: notificationsContract,
  canteen: canteenContract,
  activities: activitiesContract,
  policies: policiesContract,
  talent: talentContract,
  demands: demandsContract,
  fairs: fairsContract,
  sharing: sharingContract,
  lab: labContract,
  jobs: jobsContract,
  admin: adminContract,
  volunteers: volunteersContract,
}

export type Contract = typeof contract
export type FunctionName = keyof Contract
export type ActionName<F extends FunctionName> = keyof Contract[F] & string
type ActionOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends ActionContract
  ? Contract[F][A]
  : never
export type InputOf<F extends FunctionName, A extends ActionName<F>> = z.input<ActionOf<F, A>['input']>
export type ParsedInputOf<F extends FunctionName, A extends ActionName<F>> = z.output<ActionOf<F, A>['input']>
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = z.output<ActionOf<F, A>['output']>

export * from './errors'
export * from './roles'
export type { ActionContract } from './define'
