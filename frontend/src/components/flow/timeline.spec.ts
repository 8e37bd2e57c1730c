import { describe, expect, it } from 'vitest'
import type { FilingTimeline, TimelineEntry } from '@/api'
import {
  diagramMarkers,
  followUpSections,
  groupRounds,
  isProcessing,
  opinionsBySection,
  openSteps,
  reviewerOpinions,
  stateDescription,
  takenFlows,
  visibleEntries,
} from './timeline'

let clock = 0
const entry = (over: Partial<TimelineEntry>): TimelineEntry => {
  clock += 1
  const time = `2026-11-22T10:${String(clock).padStart(2, '0')}:00+08:00`
  return {
    kind: 'STEP',
    activityId: null,
    stepName: '',
    startedAt: time,
    endedAt: time,
    dueAt: null,
    overdue: false,
    action: null,
    actionLabel: null,
    opinion: null,
    section: null,
    sectionLabel: null,
    userName: null,
    orgName: null,
    ...over,
  }
}

const submit = entry({ kind: 'EVENT', stepName: '提交备案', action: 'SUBMIT' })
const confirm = entry({ activityId: 'counterpartConfirm', stepName: '对方确认', action: 'APPROVE', opinion: '同意' })
const agreed = entry({ kind: 'END', activityId: 'agreementEnd', stepName: '双方已确认' })
const cityReturn = entry({ activityId: 'cityReview', stepName: '市科技局初审', action: 'RETURN', opinion: '请补充' })
const revise = entry({ activityId: 'revise', stepName: '修改后重新提交', action: 'RESUBMIT' })
const cityPass = entry({ activityId: 'cityReview', stepName: '市科技局初审', action: 'APPROVE', opinion: null })
const reminder = entry({ kind: 'REMINDER', activityId: 'stOverdue', stepName: '超期催办' })
const remindEnd = entry({ kind: 'END', activityId: 'stRemindEnd', stepName: '已催办' })
const stReturn = entry({ activityId: 'provinceStReview', stepName: '省科技厅审核', action: 'RETURN', opinion: '补充协议' })
const eduPass = entry({ activityId: 'provinceEduReview', stepName: '省教育厅会审', action: 'APPROVE', opinion: '同意' })
const revise2 = entry({ activityId: 'revise', stepName: '修改后重新提交', endedAt: null })

const timeline = (entries: TimelineEntry[], active: string[] = [], passed: string[] = []): FilingTimeline => ({
  processDefinitionId: 'pairing-filing:1:x',
  activeActivityIds: active,
  passedActivityIds: passed,
  entries,
  followUps: [],
})

const ALL = [submit, confirm, agreed, cityReturn, revise, cityPass, reminder, remindEnd, stReturn, eduPass, revise2]

describe('groupRounds', () => {
  it('starts a new round at every 修改后重新提交', () => {
    const rounds = groupRounds(ALL)
    expect(rounds.map((round) => round.no)).toEqual([1, 2, 3])
    expect(rounds[0].entries).toEqual([submit, confirm, agreed, cityReturn])
    expect(rounds[1].entries[0]).toBe(revise)
    expect(rounds[2].entries).toEqual([revise2])
    expect(groupRounds([])).toEqual([])
  })
})

describe('visibleEntries', () => {
  it('drops end events of side paths while the process runs', () => {
    expect(visibleEntries(timeline(ALL, ['revise']))).not.toContain(agreed)
    expect(visibleEntries(timeline(ALL, ['revise']))).not.toContain(remindEnd)
    expect(visibleEntries(timeline(ALL, ['revise']))).toContain(reminder)
  })
  it('keeps the end event that closes the process', () => {
    const approved = entry({ kind: 'END', activityId: 'approved', stepName: '备案通过' })
    const shown = visibleEntries(timeline([submit, confirm, agreed, cityPass, approved]))
    expect(shown).toEqual([submit, confirm, cityPass, approved])
  })
})

describe('reviewerOpinions', () => {
  it('keeps every reviewer opinion of every round, returns even without one', () => {
    const silentReturn = entry({ activityId: 'cityReview', stepName: '市科技局初审', action: 'RETURN', opinion: '' })
    const rounds = reviewerOpinions([...ALL, silentReturn])
    expect(rounds.map((round) => round.no)).toEqual([1, 2, 3])
    expect(rounds[0].entries).toEqual([confirm, cityReturn])
    // an approval without opinion says nothing
    expect(rounds[1].entries).toEqual([stReturn, eduPass])
    expect(rounds[2].entries).toEqual([silentReturn])
  })
})

describe('opinionsBySection', () => {
  it('puts each opinion that names a part of the form under that part, with its round', () => {
    const contacts = entry({ activityId: 'cityReview', action: 'RETURN', opinion: '请补充联系人邮箱', section: 'TARGETS' })
    const projects = entry({ activityId: 'provinceStReview', action: 'RETURN', opinion: '预算偏高', section: 'PROJECTS' })
    const contactsAgain = entry({ activityId: 'provinceEduReview', action: 'RETURN', opinion: '邮箱仍有误', section: 'TARGETS' })
    const general = entry({ activityId: 'provinceEduReview', action: 'RETURN', opinion: '整体再完善' })
    const rounds = [
      { no: 1, entries: [confirm, contacts] },
      { no: 2, entries: [projects, contactsAgain, general] },
    ]
    const bySection = opinionsBySection(rounds)
    expect([...bySection.keys()]).toEqual(['TARGETS', 'PROJECTS'])
    expect(bySection.get('TARGETS')).toEqual([
      { round: 1, entry: contacts },
      { round: 2, entry: contactsAgain },
    ])
    expect(bySection.get('PROJECTS')).toEqual([{ round: 2, entry: projects }])
    expect(bySection.has('PARTIES')).toBe(false)
    expect(opinionsBySection([]).size).toBe(0)
  })
})

describe('state', () => {
  const open = entry({ activityId: 'provinceStReview', stepName: '省科技厅审核', endedAt: null })
  const open2 = entry({ activityId: 'provinceEduReview', stepName: '省教育厅会审', endedAt: null })

  it('names the open steps', () => {
    expect(openSteps(timeline([submit, open, open2]))).toEqual(['省科技厅审核', '省教育厅会审'])
    expect(stateDescription('PROVINCE_REVIEW', timeline([submit, open, open2]))).toBe(
      '市科技局初审已通过，省科技厅、省教育厅正在会审。 当前环节：省科技厅审核、省教育厅会审',
    )
    expect(stateDescription('APPROVED', timeline([submit]))).toBe('备案已通过，结对已纳入政策适用范围。')
  })
  it('says the system is at work after both provincial approvals, before the join ran', () => {
    const done = timeline([submit, stReturn, eduPass], ['provinceJoin'])
    expect(isProcessing('PROVINCE_REVIEW', done)).toBe(true)
    expect(stateDescription('PROVINCE_REVIEW', done)).toBe('已提交，系统正在办理，请稍后刷新')
    expect(isProcessing('PROVINCE_REVIEW', timeline([submit, open]))).toBe(false)
    expect(isProcessing('APPROVED', done)).toBe(false)
    expect(isProcessing('PROVINCE_REVIEW', null)).toBe(false)
  })
})

describe('diagram markers', () => {
  it('separates the active steps from the passed ones', () => {
    expect(
      diagramMarkers(timeline([], ['provinceStReview', 'provinceEduReview'], ['submitted', 'cityReview', 'cityReview'])),
    ).toEqual({ active: ['provinceStReview', 'provinceEduReview'], passed: ['submitted', 'cityReview'] })
    expect(diagramMarkers(timeline([], ['revise'], ['cityReview', 'revise'])).passed).toEqual(['cityReview'])
  })
  it('marks only flows between reached activities', () => {
    const flows = [
      { id: 'f_city_pass', source: 'cityOutcome', target: 'provinceEntry' },
      { id: 'f_city_return', source: 'cityOutcome', target: 'revise' },
      { id: 'f_city_reject', source: 'cityOutcome', target: 'cityRejected' },
    ]
    expect(takenFlows(flows, { active: ['revise'], passed: ['cityReview', 'cityOutcome'] })).toEqual(['f_city_return'])
  })
})

describe('follow-ups after approval', () => {
  const changeSubmit = entry({ kind: 'EVENT', stepName: '提交变更申请', action: 'SUBMIT' })
  const changeReturn = entry({ activityId: 'changeCityReview', stepName: '市科技局初审（变更）', action: 'RETURN' })
  const changeRevise = entry({ activityId: 'changeRevise', stepName: '修改变更申请', action: 'RESUBMIT' })
  const changePass = entry({ activityId: 'changeCityReview', stepName: '市科技局初审（变更）', action: 'APPROVE' })
  const changeOpen = entry({ activityId: 'changeProvinceReview', stepName: '省科技厅审核（变更）', endedAt: null })
  const applied = entry({ kind: 'EVENT', stepName: '申请终止结对', action: 'SUBMIT' })
  const confirmed = entry({ activityId: 'confirmTermination', stepName: '省科技厅确认终止', action: 'APPROVE' })
  const ended = entry({ kind: 'END', activityId: 'terminated', stepName: '结对已终止' })

  it('gives each change and termination its own heading, state and rounds', () => {
    const withFollowUps: FilingTimeline = {
      ...timeline([submit, cityPass], [], ['cityReview']),
      followUps: [
        {
          kind: 'CHANGE', id: 7, no: 1, status: 'PROVINCE_REVIEW', processDefinitionId: 'pairing-change:1:x',
          activeActivityIds: ['changeProvinceReview'], passedActivityIds: [],
          entries: [changeSubmit, changeReturn, changeRevise, changePass, changeOpen],
        },
        {
          kind: 'TERMINATION', id: 3, no: 1, status: 'CONFIRMED', processDefinitionId: 'pairing-termination:1:x',
          activeActivityIds: [], passedActivityIds: [], entries: [applied, confirmed, ended],
        },
      ],
    }
    const sections = followUpSections(withFollowUps)
    expect(sections.map((s) => [s.key, s.title, s.statusLabel])).toEqual([
      ['CHANGE-7', '变更备案（第1次）', '省科技厅审核中'],
      ['TERMINATION-3', '终止结对申请（第1次）', '已确认终止'],
    ])
    // a return opens the change's next round; the termination ended in one
    expect(sections[0].rounds.map((r) => r.entries)).toEqual([[changeSubmit, changeReturn], [changeRevise, changePass, changeOpen]])
    expect(sections[1].rounds.map((r) => r.entries)).toEqual([[applied, confirmed, ended]])
    expect(followUpSections(timeline([submit]))).toEqual([])
  })
})
