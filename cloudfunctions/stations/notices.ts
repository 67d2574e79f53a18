import { z } from 'zod'
import { noticeText as str, template, thing } from '../../server/notify/template'

// What the stations feature tells people: a problem they reported was handled.
export const stationNotices = {
  station_report_resolved: template({
    category: 'service',
    data: z.object({ station: str, resolution: str }),
    title: () => '你反馈的问题已处理',
    body: (d) => `${d.station}：${d.resolution}`,
    wechat: (d) => ({ thing1: thing(d.station), thing2: thing(d.resolution) }),
  }),
}

declare module '../../server/notify/template' {
  interface Notices extends Readonly<typeof stationNotices> {}
}
