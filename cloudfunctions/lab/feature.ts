import { defineFeature } from '../../server/core/feature'
import * as m0130 from './migrations/0130_lab'
import * as m0195 from './migrations/0195_lab_order_cancel'
import * as m0196 from './migrations/0196_lab_orders_booked_by'
import { labNotices } from './notices'
import { labPersonalData } from './personal-data'
import { labNext } from './next'

export const labFeature = defineFeature({
  name: 'lab',
  migrations: { '0130_lab': m0130, '0195_lab_order_cancel': m0195, '0196_lab_orders_booked_by': m0196 },
  notices: labNotices,
  personalData: labPersonalData,
  next: labNext,
  // An order's report: its enterprise and the lab's staff (/files/lab/<order id>).
  files: { kind: 'lab', action: 'reportAccess', idField: 'orderId' },
  derivedTables: {
    lab_month_stats: 'kept by uploadReport (a report issued counts its batch in its month and categories)',
    lab_served: 'kept by uploadReport (the enterprise served that month)',
  },
})
