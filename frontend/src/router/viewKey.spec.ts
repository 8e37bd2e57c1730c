import { describe, expect, it } from 'vitest'
import type { RouteLocationNormalizedLoaded } from 'vue-router'
import { viewKey } from './viewKey'

const route = (fullPath: string, meta: Record<string, unknown> = {}) =>
  ({ fullPath, path: fullPath.split('?')[0], meta }) as unknown as RouteLocationNormalizedLoaded

describe('viewKey', () => {
  it('re-creates ordinary pages on every URL', () => {
    expect(viewKey(route('/tasks/1'), null)).not.toBe(viewKey(route('/tasks/2'), null))
    expect(viewKey(route('/tasks?a=1'), null)).not.toBe(viewKey(route('/tasks?a=2'), null))
  })

  it('keeps a list that follows its query itself', () => {
    const meta = { keepOnQuery: true }
    expect(viewKey(route('/filings?q=a', meta), null)).toBe(viewKey(route('/filings?page=2', meta), null))
  })

  it('keeps the filing form when /filings/new is replaced by the edit URL of its new draft', () => {
    const meta = { keepOnReplace: 'filing-form' }
    const before = viewKey(route('/filings/new', meta), { position: 7 })
    expect(viewKey(route('/filings/12/edit', meta), { position: 7 })).toBe(before)
    // a new navigation (push, back/forward) has another position: a fresh form
    expect(viewKey(route('/filings/new', meta), { position: 8 })).not.toBe(before)
  })
})
