import type { FeatureEntries } from '../../entries'

// Accounts' staff desks in 我的 (src/entries.ts lists every feature's entries); the person's own
// identity and privacy rows are the 我的 page itself.
export const userEntries: FeatureEntries = {
  mine: [
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: '身份审核（企业、专家、骑手）',
      url: '/subpackages/user/review',
    },
  ],
}
