import { describe, expect, it } from 'vitest'
import type { Attachment } from '@/api'
import { acceptOf, checkAttachmentFile, extensionOf, MAX_ATTACHMENT_BYTES, missingAttachments } from './attachments'

const attachment = (kind: Attachment['kind']): Attachment => ({
  id: 1,
  kind,
  kindLabel: '',
  fileName: 'a.pdf',
  contentType: 'application/pdf',
  sizeBytes: 10,
  sha256: '',
  uploadedByName: '',
  uploadedAt: '',
  downloadUrl: '',
})

describe('checkAttachmentFile', () => {
  it('accepts PDFs for the agreement and consent, PDFs and images for other materials', () => {
    expect(checkAttachmentFile('AGREEMENT', '合作协议.pdf', 1000)).toBe('')
    expect(checkAttachmentFile('CONSENT', 'CONSENT.PDF', 1000)).toBe('')
    for (const name of ['a.pdf', 'b.png', 'c.jpg', 'd.JPEG']) expect(checkAttachmentFile('OTHER', name, 1)).toBe('')
  })
  it('refuses other names, empty and too large files, in Chinese', () => {
    expect(checkAttachmentFile('AGREEMENT', '协议.docx', 1000)).toBe('合作协议只能上传PDF文件（扩展名.pdf）')
    expect(checkAttachmentFile('CONSENT', '同意书.png', 1000)).toBe('法人单位同意书只能上传PDF文件（扩展名.pdf）')
    expect(checkAttachmentFile('OTHER', 'setup.exe', 1000)).toBe('其他材料只能上传PDF、PNG或JPEG文件')
    expect(checkAttachmentFile('AGREEMENT', '协议.pdf', 0)).toBe('所选文件是空文件')
    expect(checkAttachmentFile('AGREEMENT', '协议.pdf', MAX_ATTACHMENT_BYTES)).toBe('')
    expect(checkAttachmentFile('AGREEMENT', '协议.pdf', MAX_ATTACHMENT_BYTES + 1)).toBe(
      '文件大小超过上限（20MB），请压缩后重新上传',
    )
  })
  it('reads extensions and accept lists', () => {
    expect(extensionOf('a.b.PDF')).toBe('pdf')
    expect(extensionOf('noext')).toBe('')
    expect(acceptOf('AGREEMENT')).toBe('.pdf')
    expect(acceptOf('OTHER')).toBe('.pdf,.png,.jpg,.jpeg')
  })
})

describe('missingAttachments', () => {
  it('asks for the agreement, and for a unit also the consent', () => {
    expect(missingAttachments([], 'UNIVERSITY')).toEqual({ 'attachments.AGREEMENT': '请上传双方签署的合作协议（PDF）' })
    expect(Object.keys(missingAttachments([attachment('AGREEMENT')], 'UNIT'))).toEqual(['attachments.CONSENT'])
    expect(missingAttachments([attachment('AGREEMENT'), attachment('CONSENT')], 'UNIT')).toEqual({})
    expect(missingAttachments([attachment('AGREEMENT')], null)).toEqual({})
  })
})
