// Cloud function `demands`: 企呼我应 — enterprises file demands, the grid's social worker triages
// and dispatches them, departments accept, handle and close them, the enterprise confirms and
// rates; the three lists (企业所需、职工所盼、社区所能) with suggested matches; statistics.
// The lifecycle lives in domain/lifecycle.ts; the timer sends reminders and escalates overdue ones.
import { demandsContract } from '../../contract/demands'
import { defineFunction } from '../features'
import { accept } from './accept'
import { confirmClosure } from './confirmClosure'
import { departmentStats } from './departmentStats'
import { detail } from './detail'
import { dispatch } from './dispatch'
import { exportStats } from './exportStats'
import { dueDatePreview } from './dueDatePreview'
import { file } from './file'
import { fileAccess } from './fileAccess'
import { uploadAs } from './uploadAs'
import { linkDemand } from './linkDemand'
import { linkWish } from './linkWish'
import { lists } from './lists'
import { matches } from './matches'
import { merge } from './merge'
import { options } from './options'
import { postWish } from './postWish'
import { progress } from './progress'
import { proposeClosure } from './proposeClosure'
import { provideInfo } from './provideInfo'
import { publicStats } from './publicStats'
import { queue } from './queue'
import { rate } from './rate'
import { rejectClosure } from './rejectClosure'
import { reopen } from './reopen'
import { requestInfo } from './requestInfo'
import { returnToCommunity } from './returnToCommunity'
import { setStreetOffice } from './setStreetOffice'
import { streetOffices } from './streetOffices'
import { saveResource } from './saveResource'
import { similarOnFile } from './similarOnFile'
import { solve } from './solve'
import { stats } from './stats'
import { sweep } from './sweep'
import { urge } from './urge'
import { vote } from './vote'
import { wishMatches } from './wishMatches'
import { answerClaim } from './answerClaim'
import { claimWish } from './claimWish'
import { confirmWish } from './confirmWish'
import { fulfilClaim } from './fulfilClaim'
import { staleWishes } from './staleWishes'
import { wishDetail } from './wishDetail'
import { wishWall } from './wishWall'
import { confirmOnBehalf } from './confirmOnBehalf'
import { coverage } from './coverage'
import { exportVisits } from './exportVisits'
import { relay } from './relay'
import { saveVisit } from './saveVisit'
import { visit } from './visit'
import { visits } from './visits'

export const main = defineFunction(
  'demands',
  demandsContract,
  {
    options,
    dueDatePreview,
    similarOnFile,
    file,
    queue,
    detail,
    requestInfo,
    provideInfo,
    merge,
    dispatch,
    solve,
    accept,
    returnToCommunity,
    progress,
    proposeClosure,
    confirmClosure,
    rejectClosure,
    rate,
    reopen,
    urge,
    matches,
    wishMatches,
    linkDemand,
    linkWish,
    fileAccess,
    uploadAs,
    lists,
    postWish,
    vote,
    saveResource,
    stats,
    departmentStats,
    exportStats,
    publicStats,
    // 微心愿 that someone fulfils (认领).
    wishDetail,
    claimWish,
    answerClaim,
    fulfilClaim,
    confirmWish,
    wishWall,
    staleWishes,
    streetOffices,
    setStreetOffice,
    // 网格走访 and 代报 (docs/features/visits.md)
    confirmOnBehalf,
    relay,
    saveVisit,
    visit,
    visits,
    coverage,
    exportVisits,
  },
  { timers: { sweep } },
)
