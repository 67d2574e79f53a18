/**
 * The service tiles on the home page. A tile whose feature is not built yet has no `path`
 * and says 即将上线 when tapped (never a dead link). When a feature lands as a subpackage,
 * give its tile the subpackage's entry path.
 */
export interface FeatureTile {
  key: string
  title: string
  subtitle: string
  /** One character on a coloured badge: renders on every phone, no icon font to ship. */
  glyph: string
  path?: string
}

export const FEATURE_TILES: FeatureTile[] = [
  {
    key: 'stations',
    title: '服务站点地图',
    subtitle: '充电 · 热水 · 歇脚',
    glyph: '站',
    path: '/subpackages/stations/index',
  },
  { key: 'canteen', title: '延时餐厅', subtitle: '骑手 6.8 折', glyph: '餐', path: '/subpackages/canteen/index' },
  { key: 'activities', title: '社区活动', subtitle: '报名 · 签到', glyph: '活', path: '/subpackages/activities/index' },
  {
    key: 'policies',
    title: '政策',
    subtitle: '查政策 · 约导师',
    glyph: '策',
    path: '/subpackages/policies/index',
  },
  { key: 'talent', title: '人才揭榜', subtitle: '发榜 · 揭榜', glyph: '榜', path: '/subpackages/talent/index' },
  {
    key: 'demands',
    title: '企业诉求',
    subtitle: '企业点单 · 社区派单',
    glyph: '诉',
    path: '/subpackages/demands/index',
  },
  { key: 'gigs', title: '零工市场', subtitle: '日结 · 附近岗位', glyph: '工', path: '/subpackages/jobs/index' },
  { key: 'lab', title: '共享实验室', subtitle: '检测预约', glyph: '检' },
  {
    key: 'wishes',
    title: '微心愿',
    subtitle: '职工所盼',
    glyph: '愿',
    path: '/subpackages/demands/lists?tab=wishes',
  },
]
