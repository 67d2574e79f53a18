import type { Role } from '../contract/roles'
import type { Me } from '../contract/user'
import { userEntries } from './subpackages/user/entries'
import { activitiesEntries } from './subpackages/activities/entries'
import { adminEntries } from './subpackages/admin/entries'
import { canteenEntries } from './subpackages/canteen/entries'
import { demandsEntries } from './subpackages/demands/entries'
import { fairsEntries } from './subpackages/fairs/entries'
import { volunteersEntries } from './subpackages/volunteers/entries'
import { jobsEntries } from './subpackages/jobs/entries'
import { labEntries } from './subpackages/lab/entries'
import { policiesEntries } from './subpackages/policies/entries'
import { sharingEntries } from './subpackages/sharing/entries'
import { stationsEntries } from './subpackages/stations/entries'
import { talentEntries } from './subpackages/talent/entries'

/**
 * A service tile on the home page. A tile whose feature is not built yet has no `path` and says
 * 即将上线 when tapped (never a dead link).
 */
export interface FeatureTile {
  key: string
  title: string
  subtitle: string
  /** One character on a coloured badge: renders on every phone, no icon font to ship. */
  glyph: string
  path?: string
  /** Place on the home grid (smaller first). */
  order: number
}

/** A row in 我的: in 我的服务 (everyone's own things) or 工作台 (staff desks). */
export interface MineEntry {
  section: 'services' | 'desk'
  title: string | ((me: Me) => string)
  url: string
  description?: string
  /** Shown to holders of any of these roles; absent = to everyone signed in. */
  roles?: readonly Role[]
  /** And only when this holds (e.g. a verified rider). */
  when?: (me: Me) => boolean
  extra?: (me: Me) => string | undefined
}

/** What a feature puts on the home page and in 我的 (its src/subpackages/<f>/entries.ts). */
export interface FeatureEntries {
  tiles?: readonly FeatureTile[]
  mine?: readonly MineEntry[]
}

// The app's features, one line each, in the order their rows appear in 我的. Plain data: the
// main package carries these few lines of each feature, never its pages or its contract.
const FEATURES: readonly FeatureEntries[] = [
  adminEntries,
  userEntries,
  activitiesEntries,
  canteenEntries,
  policiesEntries,
  stationsEntries,
  talentEntries,
  demandsEntries,
  fairsEntries,
  volunteersEntries,
  sharingEntries,
  labEntries,
  jobsEntries,
]

export const FEATURE_TILES: FeatureTile[] = FEATURES.flatMap((f) => f.tiles ?? []).sort((a, b) => a.order - b.order)

export const MINE_ENTRIES: MineEntry[] = FEATURES.flatMap((f) => f.mine ?? [])
