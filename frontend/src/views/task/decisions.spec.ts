import { describe, expect, it } from 'vitest'
import type { ReviewTask } from '@/api'
import { decisionButtons, offersSection, opinionError } from './decisions'
import { emptyFilter, isFiltering, taskQuery, taskTarget } from './tasks'

const labels = (taskKey: string, decisions: Parameters<typeof decisionButtons>[1]) =>
  decisionButtons(taskKey, decisions).map((button) => button.label)

describe('offersSection', () => {
  it('lets reviews name the part of the form, not confirmations or consents', () => {
    expect(offersSection(['APPROVE', 'RETURN', 'REJECT'])).toBe(true)
    expect(offersSection(['APPROVE', 'RETURN'])).toBe(true)
    expect(offersSection(['APPROVE', 'REJECT'])).toBe(false)
    expect(offersSection([])).toBe(false)
  })
})

describe('decisionButtons', () => {
  it('labels the counterpart confirmation 确认结对 / 不同意结对', () => {
    expect(labels('counterpartConfirm', ['APPROVE', 'REJECT'])).toEqual(['确认结对', '不同意结对'])
  })
  it('labels the legal-entity consent 同意 / 不同意', () => {
    expect(labels('legalConsent', ['APPROVE', 'REJECT'])).toEqual(['同意', '不同意'])
  })
  it('labels the province confirming a termination 确认终止 / 不予终止', () => {
    expect(labels('confirmTermination', ['APPROVE', 'REJECT'])).toEqual(['确认终止', '不予终止'])
  })
  it('labels reviews 通过 / 退回修改 / 不予备案', () => {
    expect(labels('cityReview', ['APPROVE', 'RETURN', 'REJECT'])).toEqual(['通过', '退回修改', '不予备案'])
    expect(labels('provinceStReview', ['REJECT', 'APPROVE', 'RETURN'])).toEqual(['通过', '退回修改', '不予备案'])
  })
  it('labels the reviews of a change filing 通过 / 退回修改 / 不予变更', () => {
    expect(labels('changeCityReview', ['APPROVE', 'RETURN', 'REJECT'])).toEqual(['通过', '退回修改', '不予变更'])
    expect(labels('changeProvinceReview', ['APPROVE', 'RETURN', 'REJECT'])).toEqual(['通过', '退回修改', '不予变更'])
  })
  it('offers only what the task allows: 省教育厅 cannot reject', () => {
    expect(labels('provinceEduReview', ['APPROVE', 'RETURN'])).toEqual(['通过', '退回修改'])
    expect(decisionButtons('revise', [])).toEqual([])
  })
  it('asks for a reason on RETURN and REJECT, and confirmation on REJECT only', () => {
    const [approve, ret, reject] = decisionButtons('cityReview', ['APPROVE', 'RETURN', 'REJECT'])
    expect([approve.needsOpinion, ret.needsOpinion, reject.needsOpinion]).toEqual([false, true, true])
    expect([approve.confirm, ret.confirm, reject.confirm]).toEqual([false, false, true])
    expect([approve.testId, ret.testId, reject.testId]).toEqual(['task-approve', 'task-return', 'task-reject'])
    expect([approve.type, ret.type, reject.type]).toEqual(['success', 'warning', 'danger'])
  })
  it('explains a missing opinion with the button label', () => {
    const [approve, decline] = decisionButtons('counterpartConfirm', ['APPROVE', 'REJECT'])
    expect(opinionError(approve, '')).toBe('')
    expect(opinionError(decline, '  ')).toBe('请填写不同意结对的理由或意见')
    expect(opinionError(decline, '合作方向不一致')).toBe('')
  })
})

const task = (over: Partial<ReviewTask>): ReviewTask => ({
  id: 't1',
  name: '市科技局初审',
  taskKey: 'cityReview',
  formKey: 'decision',
  decisions: ['APPROVE', 'RETURN', 'REJECT'],
  filingId: 7,
  zoneName: '济南高新技术产业开发区',
  universityName: '山东大学',
  cityName: '济南市',
  createdAt: '2026-11-20T09:00:00+08:00',
  dueAt: '2026-11-27T23:59:59+08:00',
  overdue: false,
  assignee: null,
  assigneeName: null,
  ...over,
})

describe('task list', () => {
  it('asks the server for the filters that are set, and nothing for the empty ones', () => {
    expect(taskQuery(emptyFilter(), 1, 20)).toEqual({
      taskKey: undefined,
      process: undefined,
      q: undefined,
      overdue: undefined,
      dueFrom: undefined,
      dueTo: undefined,
      page: 1,
      size: 20,
    })
    const filter = { ...emptyFilter(), taskKey: 'cityReview', process: 'CHANGE' as const, q: ' 济南 ', dueTo: '2026-11-30', overdueOnly: true }
    expect(taskQuery(filter, 3, 50)).toMatchObject({ taskKey: 'cityReview', process: 'CHANGE', q: '济南', overdue: true, dueTo: '2026-11-30', page: 3, size: 50 })
    expect(isFiltering(emptyFilter())).toBe(false)
    expect(isFiltering({ ...emptyFilter(), q: '  ' })).toBe(false)
    expect(isFiltering(filter)).toBe(true)
  })
  it('opens the task page for decisions and the edit page for revisions', () => {
    expect(taskTarget(task({ id: 'abc-1' }))).toBe('/tasks/abc-1')
    expect(taskTarget(task({ id: 'r', formKey: 'revise', filingId: 9 }))).toBe('/filings/9/edit')
    expect(taskTarget(task({ id: 'c', formKey: 'reviseChange', filingId: 9 }))).toBe('/filings/9/change')
    expect(taskTarget(task({ id: 'f', formKey: 'annualReport', filingId: 9 }))).toBe('/annual-reports/filing/9')
  })
})
