import Taro from '@tarojs/taro'

/** weapp: the phone's calendar through WeChat (asks the user). */
export async function addToCalendar(e: {
  title: string
  startsAt: string
  endsAt: string
  place: string
}): Promise<void> {
  await (Taro as any).addPhoneCalendar({
    title: e.title,
    startTime: Math.floor(new Date(e.startsAt).getTime() / 1000),
    endTime: Math.floor(new Date(e.endsAt).getTime() / 1000),
    location: e.place,
    alarm: true,
    alarmOffset: 3600,
  })
}
