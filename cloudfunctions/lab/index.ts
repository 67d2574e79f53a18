// Cloud function `lab`: the shared lab (共享实验室). Anyone browses a lab's catalogue and its
// figures; an enterprise's liaison orders tests for their own enterprise with a sample drop-off
// place (the one reservation core), follows the order and downloads the report; lab staff (a role
// scoped to a lab) keep the catalogue (import too), receive samples by scanning the order code,
// move orders forward, upload reports, export a month; admins and 社工 make labs.
import { labContract } from '../../contract/lab'
import { defineFunction } from '../features'
import { advance } from './advance'
import { cancelOrder } from './cancelOrder'
import { board } from './board'
import { catalogue } from './catalogue'
import { exportOrders } from './exportOrders'
import { flagOverdue } from './flagOverdue'
import { importItems } from './importItems'
import { item } from './item'
import { labs } from './labs'
import { myLabs } from './myLabs'
import { myOrders } from './myOrders'
import { order } from './order'
import { orderDetail } from './orderDetail'
import { receive } from './receive'
import { reportAccess } from './reportAccess'
import { saveItem } from './saveItem'
import { saveLab } from './saveLab'
import { stats } from './stats'
import { uploadReport } from './uploadReport'

export const main = defineFunction(
  'lab',
  labContract,
  {
    labs,
    catalogue,
    item,
    order,
    myOrders,
    orderDetail,
    myLabs,
    board,
    receive,
    advance,
    cancelOrder,
    uploadReport,
    reportAccess,
    saveItem,
    importItems,
    stats,
    exportOrders,
    saveLab,
  },
  { timers: { flagOverdue } },
)
