import { describe, expect, it } from 'vitest'
import { isPreviewable } from './preview'

describe('isPreviewable', () => {
  it('offers the preview for PDFs only', () => {
    expect(isPreviewable({ contentType: 'application/pdf', fileName: '合作协议.pdf' })).toBe(true)
    expect(isPreviewable({ contentType: 'image/png', fileName: '照片.png' })).toBe(false)
    expect(isPreviewable({ contentType: 'application/octet-stream', fileName: 'x.pdf' })).toBe(false)
  })
})
