import type { Attachment } from '@/api'

export type PreviewKind = 'pdf' | 'image'

/** How the page shows an attachment itself: PDFs drawn by pdf.js, images as images; null → download only. */
export function previewKind(attachment: Pick<Attachment, 'contentType'>): PreviewKind | null {
  if (attachment.contentType === 'application/pdf') return 'pdf'
  if (attachment.contentType === 'image/png' || attachment.contentType === 'image/jpeg') return 'image'
  return null
}

export const isPreviewable = (attachment: Pick<Attachment, 'contentType'>): boolean => previewKind(attachment) !== null

/** Zoom levels offered by the buttons (1 = the page's own size, 72 dpi as CSS pixels). */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const
export const MIN_ZOOM = ZOOM_STEPS[0]
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]

/** The next zoom level up (+1) or down (-1) from any current value, e.g. a fit-to-width 0.93 → 1 or 0.75. */
export function stepZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > current + 1e-6) ?? MAX_ZOOM
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 1e-6) ?? MIN_ZOOM
}

/** The zoom at which a page `pageWidth` wide fills `availableWidth` (within the offered range). */
export function fitWidthZoom(availableWidth: number, pageWidth: number): number {
  if (availableWidth <= 0 || pageWidth <= 0) return 1
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.floor((availableWidth / pageWidth) * 100) / 100))
}

/** A page number kept within 1..pages. */
export const clampPage = (page: number, pages: number): number => Math.min(Math.max(1, Math.round(page)), Math.max(1, pages))
