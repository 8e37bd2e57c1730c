import { describe, expect, it } from 'vitest'
import type { ReviewTask, TaskPerson } from '@/api'
import { isSideAction } from '@/components/flow/timeline'
import { assigneeText, claimState, groupByOrg, replaceTask, transferErrors } from './tasks'

const task = (over: Partial<ReviewTask>): ReviewTask => ({
  id: 't1',
  name: '市科技局初审',
  taskKey: 'cityReview',
  formKey: 'decision',
  decisions: ['APPROVE', 'RETURN', 'REJECT'],
  filingId: 1,
  zoneName: '济南高新技术产业开发区',
  universityName: '山东大学',
  cityName: '济南市',
  createdAt: '2026-11-20T09:00:00+08:00',
  dueAt: null,
  overdue: false,
  assignee: null,
  assigneeName: null,
  ...over,
})

const person = (id: number, orgId: number, orgName: string): TaskPerson => ({
  id,
  username: `u${id}`,
  displayName: `用户${id}`,
  orgId,
  orgName,
})

describe('签收', () => {
  it('tells open, mine and a colleague’s task apart', () => {
    expect(claimState(task({}), 'city_jinan')).toBe('open')
    expect(claimState(task({ assignee: 'city_jinan' }), 'city_jinan')).toBe('mine')
    expect(claimState(task({ assignee: 'city_jinan_b' }), 'city_jinan')).toBe('other')
    expect(claimState(task({ assignee: 'city_jinan' }), null)).toBe('other')
  })
  it('shows the 签收人 by name, the username as fallback, 未签收 when nobody', () => {
    expect(assigneeText(task({}), '未签收')).toBe('未签收')
    expect(assigneeText(task({ assignee: 'a', assigneeName: '张三' }), '未签收')).toBe('张三')
    expect(assigneeText(task({ assignee: 'a', assigneeName: null }), '未签收')).toBe('a')
  })
  it('replaces one task of the list in place', () => {
    const list = [task({ id: 'a' }), task({ id: 'b' }), task({ id: 'c' })]
    const updated = replaceTask(list, task({ id: 'b', assignee: 'me', assigneeName: '我' }))
    expect(updated.map((t) => t.id)).toEqual(['a', 'b', 'c'])
    expect(updated[1].assigneeName).toBe('我')
    expect(list[1].assignee).toBeNull()
  })
})

describe('转办 and 抄送', () => {
  it('groups people by organisation in server order', () => {
    const groups = groupByOrg([person(1, 10, '济南市科学技术局'), person(2, 20, '山东省科学技术厅'), person(3, 10, '济南市科学技术局')])
    expect(groups.map((g) => g.orgName)).toEqual(['济南市科学技术局', '山东省科学技术厅'])
    expect(groups[0].people.map((p) => p.id)).toEqual([1, 3])
    expect(groupByOrg([])).toEqual([])
  })
  it('needs a colleague and a reason before a transfer is sent', () => {
    expect(transferErrors(null, '')).toEqual({ toUserId: '请选择转办对象', reason: '请填写转办原因' })
    expect(transferErrors(5, '   ')).toEqual({ toUserId: '', reason: '请填写转办原因' })
    expect(transferErrors(5, '出差')).toEqual({ toUserId: '', reason: '' })
  })
  it('knows 转办 and 抄送 as side actions of the timeline, not decisions', () => {
    expect(isSideAction({ action: 'TRANSFER' })).toBe(true)
    expect(isSideAction({ action: 'CC' })).toBe(true)
    expect(isSideAction({ action: 'APPROVE' })).toBe(false)
    expect(isSideAction({ action: null })).toBe(false)
  })
})
