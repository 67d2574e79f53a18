// Cloud function `sharing`: 全链共享 — the community's shared projects and how to join each,
// 绿电享 buying rounds, 红链贷 through partner banks, and an institute's free-patent list.
import { sharingContract } from '../../contract/sharing'
import { defineFunction } from '../features'
import { addLoanFiles } from './addLoanFiles'
import { applyLoan } from './applyLoan'
import { bankAct } from './bankAct'
import { bankQueue } from './bankQueue'
import { createRound } from './createRound'
import { exportLoans } from './exportLoans'
import { exportPatentTicks } from './exportPatentTicks'
import { exportRound } from './exportRound'
import { importPatents } from './importPatents'
import { importUsage } from './importUsage'
import { institutes } from './institutes'
import { joinRound } from './joinRound'
import { loanFile } from './loanFile'
import { loanProgramme } from './loanProgramme'
import { loanStats } from './loanStats'
import { markAgreement } from './markAgreement'
import { myLoans } from './myLoans'
import { patents } from './patents'
import { patentTicks } from './patentTicks'
import { projects } from './projects'
import { recordUsage } from './recordUsage'
import { round } from './round'
import { rounds } from './rounds'
import { saveProgramme } from './saveProgramme'
import { saveProject } from './saveProject'
import { tickPatent } from './tickPatent'

export const main = defineFunction('sharing', sharingContract, {
  projects,
  saveProject,
  rounds,
  round,
  createRound,
  joinRound,
  recordUsage,
  importUsage,
  exportRound,
  loanProgramme,
  saveProgramme,
  applyLoan,
  myLoans,
  addLoanFiles,
  loanFile,
  bankQueue,
  bankAct,
  loanStats,
  exportLoans,
  patents,
  institutes,
  tickPatent,
  patentTicks,
  importPatents,
  markAgreement,
  exportPatentTicks,
})
