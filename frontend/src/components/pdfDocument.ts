// pdf.js, imported only by the preview when it opens a PDF (a dynamic import): the first screens never load it.
// Vite emits the worker as its own file; `?url` gives its address.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

export type { PDFDocumentProxy, RenderTask }

/** Parses the bytes in the worker; the caller destroys the document when done. */
export function openPdf(data: ArrayBuffer): Promise<PDFDocumentProxy> {
  // an uploaded document gets no code compiled from its functions (pdf.js would use `new Function` for speed)
  return getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise
}

/** The page's width in CSS pixels at zoom 1. */
export async function pageWidth(doc: PDFDocumentProxy, pageNo: number): Promise<number> {
  const page = await doc.getPage(pageNo)
  return page.getViewport({ scale: 1 }).width
}

/** Draws one page into the canvas at the zoom, sharp on high-density screens; cancel() stops it. */
export async function renderPage(doc: PDFDocumentProxy, pageNo: number, zoom: number, canvas: HTMLCanvasElement): Promise<RenderTask> {
  const page = await doc.getPage(pageNo)
  const viewport = page.getViewport({ scale: zoom })
  const ratio = window.devicePixelRatio || 1
  canvas.width = Math.floor(viewport.width * ratio)
  canvas.height = Math.floor(viewport.height * ratio)
  canvas.style.width = `${Math.floor(viewport.width)}px`
  canvas.style.height = `${Math.floor(viewport.height)}px`
  return page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] })
}
