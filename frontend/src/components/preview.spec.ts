import { describe, expect, it } from 'vitest'
import { clampPage, fitWidthZoom, isPreviewable, MAX_ZOOM, MIN_ZOOM, previewKind, stepZoom } from './preview'

describe('previewKind', () => {
  it('draws PDFs, shows PNG and JPEG images, leaves anything else to the download', () => {
    expect(previewKind({ contentType: 'application/pdf' })).toBe('pdf')
    expect(previewKind({ contentType: 'image/png' })).toBe('image')
    expect(previewKind({ contentType: 'image/jpeg' })).toBe('image')
    expect(previewKind({ contentType: 'image/svg+xml' })).toBeNull()
    expect(previewKind({ contentType: 'application/octet-stream' })).toBeNull()
    expect(isPreviewable({ contentType: 'image/png' })).toBe(true)
    expect(isPreviewable({ contentType: 'text/html' })).toBe(false)
  })
})

describe('stepZoom', () => {
  it('moves to the next offered level from any value, and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.25)
    expect(stepZoom(1, -1)).toBe(0.75)
    expect(stepZoom(0.93, 1)).toBe(1)
    expect(stepZoom(0.93, -1)).toBe(0.75)
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM)
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM)
  })
})

describe('fitWidthZoom', () => {
  it('fills the width, rounded down to a percent, within the offered range', () => {
    expect(fitWidthZoom(1000, 612)).toBe(1.63)
    expect(fitWidthZoom(100, 612)).toBe(MIN_ZOOM)
    expect(fitWidthZoom(10000, 612)).toBe(MAX_ZOOM)
    expect(fitWidthZoom(0, 612)).toBe(1)
  })
})

describe('clampPage', () => {
  it('keeps the page number within the document', () => {
    expect(clampPage(0, 3)).toBe(1)
    expect(clampPage(4, 3)).toBe(3)
    expect(clampPage(2, 3)).toBe(2)
    expect(clampPage(5, 0)).toBe(1)
  })
})
