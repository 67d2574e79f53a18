export { pickAvatar, uploadAvatar, wechatAvatarButton, nicknameInputType, phoneQuickVerify } from './profile.h5'
