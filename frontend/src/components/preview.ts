import type { Attachment } from '@/api'

/** Attachments the page can show itself (PDFs: the browsers' own viewer renders them in a frame). */
export const isPreviewable = (attachment: Pick<Attachment, 'contentType' | 'fileName'>): boolean =>
  attachment.contentType === 'application/pdf'
