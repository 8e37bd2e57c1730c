// The API functions of the full review process (flowui): method, URL, parameters and body they send.
import { describe, expect, it } from 'vitest'
import {
  completeTask,
  fetchUnreadCount,
  getFilingTimeline,
  getProcessXml,
  getTask,
  listNotifications,
  listTasks,
  markAllNotificationsRead,
  markNotificationRead,
  withdrawFiling,
} from './index'
import { body, captureHttp } from './testing'

const api = captureHttp()
const last = api.last

describe('flow API', () => {
  it('withdraws with a reason', async () => {
    api.reply = { id: 4, status: 'WITHDRAWN' }
    await expect(withdrawFiling(4, '信息有误')).resolves.toEqual({ id: 4, status: 'WITHDRAWN' })
    expect(last()).toMatchObject({ method: 'post', url: '/api/filings/4/withdraw' })
    expect(body(last())).toEqual({ reason: '信息有误' })
  })

  it('reads the timeline and the process XML as text', async () => {
    api.reply = { processDefinitionId: 'pairing-filing:2:ab', activeActivityIds: [], passedActivityIds: [], entries: [] }
    expect((await getFilingTimeline(9)).processDefinitionId).toBe('pairing-filing:2:ab')
    expect(last()).toMatchObject({ method: 'get', url: '/api/filings/9/timeline' })
    api.reply = '<bpmn:definitions/>'
    await expect(getProcessXml('pairing-filing:2:ab')).resolves.toBe('<bpmn:definitions/>')
    expect(last()).toMatchObject({
      method: 'get',
      url: '/api/process-definitions/pairing-filing%3A2%3Aab/xml',
      responseType: 'text',
    })
  })

  it('completes a task with any of the three decisions', async () => {
    await completeTask('t-1', 'REJECT', '不符合条件')
    expect(last()).toMatchObject({ method: 'post', url: '/api/tasks/t-1/complete' })
    expect(body(last())).toEqual({ decision: 'REJECT', opinion: '不符合条件', section: null })
    await completeTask('t-2', 'RETURN', '请补充联系人邮箱', 'TARGETS')
    expect(body(last())).toEqual({ decision: 'RETURN', opinion: '请补充联系人邮箱', section: 'TARGETS' })
    api.reply = { total: 1, overdue: 0, steps: [], items: [{ id: 't-1', formKey: 'decision', decisions: ['APPROVE', 'REJECT'] }] }
    expect((await listTasks({ page: 1, size: 20 })).items[0].decisions).toEqual(['APPROVE', 'REJECT'])
  })

  it('pages 待办 on the server with its filters, and reads one task', async () => {
    api.reply = { total: 0, overdue: 0, steps: [], items: [] }
    await listTasks({ taskKey: 'cityReview', process: 'FILING', q: ' 济南 ', overdue: true, dueFrom: '2026-01-01', page: 2, size: 50 })
    expect(last()).toMatchObject({
      method: 'get',
      url: '/api/tasks',
      params: { taskKey: 'cityReview', process: 'FILING', q: '济南', overdue: true, dueFrom: '2026-01-01', page: 2, size: 50 },
    })
    await listTasks({ q: '', page: 1, size: 20 })
    expect(last().params).toEqual({ page: 1, size: 20 })
    api.reply = { id: 'a:b' }
    await getTask('a:b')
    expect(last()).toMatchObject({ method: 'get', url: '/api/tasks/a%3Ab' })
  })

  it('pages notifications and marks them read', async () => {
    api.reply = { total: 1, unread: 1, items: [] }
    await listNotifications({ unreadOnly: true, page: 2, size: 10 })
    expect(last()).toMatchObject({
      method: 'get',
      url: '/api/notifications',
      params: { unreadOnly: true, page: 2, size: 10 },
    })
    await markNotificationRead(12)
    expect(last()).toMatchObject({ method: 'post', url: '/api/notifications/12/read' })
    await markAllNotificationsRead()
    expect(last()).toMatchObject({ method: 'post', url: '/api/notifications/read-all' })
  })

  it('reads the unread count quietly', async () => {
    api.reply = { unread: 3 }
    await expect(fetchUnreadCount()).resolves.toBe(3)
    expect(last()).toMatchObject({ method: 'get', url: '/api/notifications/unread-count', silent: true })
  })
})
