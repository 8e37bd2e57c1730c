// Client-side checks of attachments before upload (the server checks the content itself again).
import type { Attachment, AttachmentKind, SubjectType } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { fill } from '@/utils/format'

const a = messages.attachment

/** The server's default limit (pairing.attachments.max-size). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
export const MAX_ATTACHMENT_TEXT = '20MB'

const PDF = ['pdf']
const EXTENSIONS: Record<AttachmentKind, string[]> = {
  AGREEMENT: PDF,
  CONSENT: PDF,
  OTHER: ['pdf', 'png', 'jpg', 'jpeg'],
}

/** For the file picker's `accept`. */
export const acceptOf = (kind: AttachmentKind): string => EXTENSIONS[kind].map((ext) => `.${ext}`).join(',')

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** '' when the file may be sent, else the Chinese reason (size and name only; content is the server's part). */
export function checkAttachmentFile(kind: AttachmentKind, name: string, size: number): string {
  if (size === 0) return a.empty
  if (size > MAX_ATTACHMENT_BYTES) return fill(a.tooLarge, { max: MAX_ATTACHMENT_TEXT })
  if (!EXTENSIONS[kind].includes(extensionOf(name))) {
    return kind === 'OTHER' ? a.typeNotAllowed : fill(a.pdfRequired, { kind: messages.attachmentKinds[kind] })
  }
  return ''
}

/** The documents a submission still lacks, keyed like the server's field errors (`attachments.AGREEMENT`). */
export function missingAttachments(attachments: Attachment[], subjectType: SubjectType | null): Record<string, string> {
  const has = (kind: AttachmentKind) => attachments.some((item) => item.kind === kind)
  const missing: Record<string, string> = {}
  if (!has('AGREEMENT')) missing['attachments.AGREEMENT'] = messages.validation.agreementRequired
  if (subjectType === 'UNIT' && !has('CONSENT')) missing['attachments.CONSENT'] = messages.validation.consentRequired
  return missing
}
