import { describe, expect, it } from 'vitest'
import { dueInfo, parseTime } from './due'
import { fill } from './template'

const NOW = new Date('2026-11-24T10:00:00+08:00')

describe('dueInfo', () => {
  it('shows the due time in Beijing time with the days left', () => {
    expect(dueInfo('2026-11-27T23:59:59+08:00', false, NOW)).toEqual({
      text: '2026-11-27 23:59',
      overdue: false,
      hint: '剩余3天',
    })
    expect(dueInfo('2026-11-27T15:59:59Z', false, NOW).text).toBe('2026-11-27 23:59')
  })
  it('says 今日到期 on the last day', () => {
    expect(dueInfo('2026-11-24T23:59:59+08:00', false, NOW)).toMatchObject({ overdue: false, hint: '今日到期' })
  })
  it('marks a passed due date overdue, with the days past', () => {
    expect(dueInfo('2026-11-21T23:59:59+08:00', false, NOW)).toEqual({
      text: '2026-11-21 23:59',
      overdue: true,
      hint: '已超期3天',
    })
    expect(dueInfo('2026-11-24T09:00:00+08:00', false, NOW)).toEqual({
      text: '2026-11-24 09:00',
      overdue: true,
      hint: '',
    })
  })
  it('trusts the server flag even when the browser clock lags', () => {
    expect(dueInfo('2026-11-25T23:59:59+08:00', true, NOW).overdue).toBe(true)
  })
  it('shows a dash without a due date', () => {
    expect(dueInfo(null, false, NOW)).toEqual({ text: '—', overdue: false, hint: '' })
    expect(dueInfo(undefined, true, NOW).overdue).toBe(true)
  })
})

describe('parseTime and fill', () => {
  it('reads times without offset as Beijing time', () => {
    expect(parseTime('2026-11-24T10:00:00')?.toISOString()).toBe('2026-11-24T02:00:00.000Z')
    expect(parseTime('later')).toBeNull()
  })
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('第{n}轮，{x}', { n: 2 })).toBe('第2轮，{x}')
  })
})
