import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReviewTask } from '@/api'
import { http } from '@/api'
import { notificationTarget } from './links'
import { refreshUnread, startUnreadPolling, stopUnreadPolling, unreadCount } from './unread'

const open = (id: string, formKey: ReviewTask['formKey'], filingId: number): ReviewTask => ({
  id,
  name: formKey === 'revise' ? '修改后重新提交' : '市科技局初审',
  taskKey: formKey === 'revise' ? 'revise' : 'cityReview',
  formKey,
  decisions: [],
  filingId,
  zoneName: '',
  universityName: '',
  cityName: '',
  createdAt: '2026-11-22T10:00:00+08:00',
  dueAt: null,
  overdue: false,
  assignee: null,
  assigneeName: null,
})

describe('notificationTarget', () => {

  it('opens a still open decision task on the task page', () => {
    expect(notificationTarget({ taskId: 't-review', filingId: 3 }, open('t-review', 'decision', 3))).toBe('/tasks/t-review')
  })
  it('opens a revision task on the filing edit page', () => {
    expect(notificationTarget({ taskId: 't-revise', filingId: 4 }, open('t-revise', 'revise', 4))).toBe('/filings/4/edit')
  })
  it('falls back to the filing when the task is done or not the user’s', () => {
    expect(notificationTarget({ taskId: 't-gone', filingId: 3 }, null)).toBe('/filings/3')
    expect(notificationTarget({ taskId: null, filingId: 5 }, null)).toBe('/filings/5')
  })
  it('leads nowhere without task or filing', () => {
    expect(notificationTarget({ taskId: null, filingId: null }, null)).toBeNull()
  })
})

describe('unread count', () => {
  afterEach(() => {
    stopUnreadPolling()
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('polls GET /api/notifications/unread-count every minute', async () => {
    vi.useFakeTimers()
    let answer = 2
    const get = vi.spyOn(http, 'get').mockImplementation(async () => ({ data: { unread: answer } }))
    startUnreadPolling()
    await vi.advanceTimersByTimeAsync(0)
    expect(unreadCount.value).toBe(2)
    expect(get).toHaveBeenCalledWith('/api/notifications/unread-count', { silent: true })
    answer = 5
    await vi.advanceTimersByTimeAsync(59_000)
    expect(unreadCount.value).toBe(2)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(unreadCount.value).toBe(5)
    expect(get).toHaveBeenCalledTimes(2)
  })

  it('keeps the last number when a refresh fails', async () => {
    unreadCount.value = 7
    vi.spyOn(http, 'get').mockRejectedValue(new Error('offline'))
    await refreshUnread()
    expect(unreadCount.value).toBe(7)
  })
})
