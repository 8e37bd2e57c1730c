import { describe, expect, it } from 'vitest'
import { fill, formatClock, formatDateTime, formatFileSize, formatMessage } from './format'

describe('formatDateTime', () => {
  it('shows Beijing time whatever the offset of the input', () => {
    expect(formatDateTime('2026-11-22T13:05:00+08:00')).toBe('2026-11-22 13:05')
    expect(formatDateTime('2026-11-22T05:05:00Z')).toBe('2026-11-22 13:05')
    expect(formatDateTime('2026-12-31T20:30:59Z')).toBe('2027-01-01 04:30')
  })
  it('reads a time without offset as Beijing time', () => {
    expect(formatDateTime('2026-11-22T13:26:01.174')).toBe('2026-11-22 13:26')
    expect(formatDateTime('2026-11-22T00:10:00')).toBe('2026-11-22 00:10')
  })
  it('is empty for missing values and leaves unparsable ones alone', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
    expect(formatDateTime('soon')).toBe('soon')
  })
})

describe('formatMessage', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(formatMessage('共{total}行，拒绝{rejected}', { total: 3, rejected: 0 })).toBe('共3行，拒绝0')
    expect(formatMessage('确认停用“{name}”吗？{other}', { name: '济南高新区' })).toBe('确认停用“济南高新区”吗？{other}')
  })
})

describe('fill', () => {
  it('puts values into a template and leaves unknown keys', () => {
    expect(fill('不能超过{max}个字', { max: 2000 })).toBe('不能超过2000个字')
    expect(fill('{kind}只能上传PDF文件', { kind: '合作协议' })).toBe('合作协议只能上传PDF文件')
    expect(fill('{missing}', {})).toBe('{missing}')
  })
})

describe('formatFileSize', () => {
  it('uses B, KB and MB', () => {
    expect(formatFileSize(512)).toBe('512 B')
    expect(formatFileSize(1536)).toBe('1.5 KB')
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB')
    expect(formatFileSize(300 * 1024)).toBe('300 KB')
  })
})

describe('formatClock', () => {
  it('shows HH:mm:ss in Beijing time', () => {
    expect(formatClock(new Date('2026-11-22T06:01:12Z'))).toBe('14:01:12')
    expect(formatClock(new Date('2026-11-22T16:00:05Z'))).toBe('00:00:05')
  })
})
