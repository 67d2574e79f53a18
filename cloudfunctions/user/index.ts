// Cloud function `user`: who is asking, signing in on H5, and a person's own account — first
// use (community and roles), profile and phone, role applications and their review by a
// community's social worker, moving between parks, downloading and deleting their data.
import { userContract } from '../../contract/user'
import { defineFunction } from '../features'
import { bindPhone } from './bindPhone'
import { changeCommunity } from './changeCommunity'
import { changePassword } from './changePassword'
import { communities } from './communities'
import { deleteAccount } from './deleteAccount'
import { deletionPreview } from './deletionPreview'
import { demoLogin } from './demoLogin'
import { login } from './login'
import { logout } from './logout'
import { me } from './me'
import { myData } from './myData'
import { myRoles } from './myRoles'
import { onboard } from './onboard'
import { register } from './register'
import { sendAccountCode } from './sendAccountCode'
import { sendCode } from './sendCode'
import { setPassword } from './setPassword'
import { requestRoles } from './requestRoles'
import { reviewApplication } from './reviewApplication'
import { reviewQueue } from './reviewQueue'
import { signInOptions } from './signInOptions'
import { sweepSessions } from './sweepSessions'
import { updateProfile } from './updateProfile'
import { withdrawApplication } from './withdrawApplication'

export const main = defineFunction(
  'user',
  userContract,
  {
    me,
    signInOptions,
    demoLogin,
    login,
    logout,
    register,
    sendCode,
    changePassword,
    sendAccountCode,
    setPassword,
    communities,
    onboard,
    requestRoles,
    myRoles,
    withdrawApplication,
    updateProfile,
    bindPhone,
    changeCommunity,
    deletionPreview,
    deleteAccount,
    myData,
    reviewQueue,
    reviewApplication,
  },
  { timers: { sweepSessions } },
)
