// The API functions of reviewers' work management: 已办, 签收, 转办, 抄送.
import { describe, expect, it } from 'vitest'
import {
  ccTask,
  claimTask,
  listCcCandidates,
  listDoneTasks,
  listTaskColleagues,
  transferTask,
  unclaimTask,
} from './index'
import { body, captureHttp } from './testing'

const api = captureHttp()
const last = api.last

describe('task work API', () => {
  it('pages the done list', async () => {
    api.reply = { total: 1, items: [{ id: 't1' }] }
    await expect(listDoneTasks({ page: 2, size: 10 })).resolves.toEqual({ total: 1, items: [{ id: 't1' }] })
    expect(last()).toMatchObject({ method: 'get', url: '/api/tasks/done', params: { page: 2, size: 10 } })
    await listDoneTasks({ process: 'CHANGE', q: '鲁区校备', page: 1, size: 10 })
    expect(last().params).toEqual({ process: 'CHANGE', q: '鲁区校备', page: 1, size: 10 })
  })

  it('claims and unclaims, encoding the task id', async () => {
    api.reply = { id: 'a:b', assignee: 'me' }
    expect((await claimTask('a:b')).assignee).toBe('me')
    expect(last()).toMatchObject({ method: 'post', url: '/api/tasks/a%3Ab/claim' })
    await unclaimTask('t2')
    expect(last()).toMatchObject({ method: 'post', url: '/api/tasks/t2/unclaim' })
  })

  it('lists colleagues and transfers with a reason', async () => {
    api.reply = [{ id: 7, displayName: '乙' }]
    expect(await listTaskColleagues('t3')).toHaveLength(1)
    expect(last()).toMatchObject({ method: 'get', url: '/api/tasks/t3/colleagues' })
    api.reply = { id: 't3', assignee: 'b' }
    await transferTask('t3', 7, '出差')
    expect(last()).toMatchObject({ method: 'post', url: '/api/tasks/t3/transfer' })
    expect(body(last())).toEqual({ toUserId: 7, reason: '出差' })
  })

  it('lists CC candidates and copies with a note', async () => {
    api.reply = []
    await listCcCandidates('t4')
    expect(last()).toMatchObject({ method: 'get', url: '/api/tasks/t4/cc-candidates' })
    api.reply = ''
    await ccTask('t4', [1, 2], '请关注')
    expect(last()).toMatchObject({ method: 'post', url: '/api/tasks/t4/cc' })
    expect(body(last())).toEqual({ userIds: [1, 2], note: '请关注' })
  })
})
