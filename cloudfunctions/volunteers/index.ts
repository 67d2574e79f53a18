// Cloud function `volunteers`: 志愿服务. Teams per community (「微光」志愿服务队, 邻里互助维修志愿队)
// with organisers; members sign up from 我的; tasks (a repair a worker asked for, a shift, an
// activity needing helpers) taken through the reservation core; hours confirmed by an organiser;
// a member's hours, team statistics and the hours export (server/sheets.ts).
import { volunteersContract } from '../../contract/volunteers'
import { defineFunction } from '../features'
import { confirmHours } from './confirmHours'
import { decideMember } from './decideMember'
import { exportHours } from './exportHours'
import { join } from './join'
import { makeOrganiser } from './makeOrganiser'
import { members } from './members'
import { myHours } from './myHours'
import { requestRepair } from './requestRepair'
import { saveTask } from './saveTask'
import { saveTeam } from './saveTeam'
import { takeTask } from './takeTask'
import { tasks } from './tasks'
import { teams } from './teams'
import { teamStats } from './teamStats'

export const main = defineFunction('volunteers', volunteersContract, {
  teams,
  saveTeam,
  join,
  members,
  decideMember,
  makeOrganiser,
  saveTask,
  requestRepair,
  tasks,
  takeTask,
  confirmHours,
  myHours,
  teamStats,
  exportHours,
})
