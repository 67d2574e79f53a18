import { refuse } from '../../server/core/app-error'
import { handler, own } from '../../server/core/define-function'
import { refuseForeignCloudFile } from '../../server/files/own-cloud-file'
import { presentMe } from '../../server/people/present'

/** Name, avatar and birth year, as the person sets them on 我的 → 个人资料. */
export const updateProfile = handler('user', 'updateProfile', {
  access: own("the caller's own profile"),
  async run({ db, user, signInMethod }, { displayName, avatar, birthYear }) {
    if (displayName === undefined && avatar === undefined && birthYear === undefined)
      refuse('BAD_REQUEST', '没有要修改的内容')
    refuseForeignCloudFile(avatar, user.id, '头像')
    // A young entrepreneur's role rests on the birth year: it cannot be removed or aged past the limit here.
    if (birthYear !== undefined && user.roles.includes('entrepreneur') && birthYear !== user.birth_year)
      refuse('CONFLICT', '你已是青创客，出生年份不能修改；如有误请联系社区社工')
    const row = await db
      .updateTable('users')
      .set({
        ...(displayName !== undefined ? { display_name: displayName } : {}),
        ...(avatar !== undefined ? { avatar } : {}),
        ...(birthYear !== undefined ? { birth_year: birthYear } : {}),
      })
      .where('id', '=', user.id)
      .returningAll()
      .executeTakeFirstOrThrow()
    return presentMe(db, row, signInMethod ?? 'wechat')
  },
})
