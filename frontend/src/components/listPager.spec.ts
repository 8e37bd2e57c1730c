import { describe, expect, it } from 'vitest'
import { createApp, h, nextTick, reactive } from 'vue'
import ListPager from './ListPager.vue'

/** Mounts a ListPager bound to a list's query, recording what it asks the list to do. */
function mountPager(props: Record<string, unknown> = {}) {
  const query = reactive({ page: 1, size: 10 })
  const asked: string[] = []
  const host = document.createElement('div')
  document.body.appendChild(host)
  const app = createApp({
    render: () =>
      h(ListPager, {
        page: query.page,
        'onUpdate:page': (page: number) => (query.page = page),
        size: query.size,
        'onUpdate:size': (size: number) => (query.size = size),
        total: 95,
        onPageChange: () => asked.push(`load ${query.page}/${query.size}`),
        onSizeChange: () => asked.push(`search ${query.size}`),
        ...props,
      }),
  })
  app.mount(host)
  return { host, query, asked, unmount: () => app.unmount() }
}

describe('ListPager', () => {
  it('looks as the admin lists did: total, sizes 10–100, pager and jumper', () => {
    const { host, unmount } = mountPager()
    const pager = host.querySelector('.el-pagination')!
    expect(pager.classList).toContain('pagination')
    expect(pager.classList).toContain('is-background')
    expect(pager.querySelector('.el-pagination__total')?.textContent).toContain('95')
    expect(pager.querySelector('.el-pagination__sizes')).not.toBeNull()
    expect(pager.querySelector('.el-pagination__jump')).not.toBeNull()
    const pages = [...pager.querySelectorAll('.el-pager li')].map((li) => li.textContent?.trim())
    expect(pages.at(-1)).toBe('10') // 95 rows, 10 a page
    unmount()
  })

  it('leaves out the jumper when asked', () => {
    const { host, unmount } = mountPager({ jumper: false, pageSizes: [10, 20, 50] })
    expect(host.querySelector('.el-pagination__jump')).toBeNull()
    expect(host.querySelector('.el-pagination__sizes')).not.toBeNull()
    unmount()
  })

  it('binds the page to the query and asks to load it', async () => {
    const { host, query, asked, unmount } = mountPager()
    ;(host.querySelector('.btn-next') as HTMLButtonElement).click()
    await nextTick()
    expect(query.page).toBe(2)
    expect(asked).toEqual(['load 2/10'])
    ;(host.querySelectorAll('.el-pager li')[2] as HTMLElement).click()
    await nextTick()
    expect(query.page).toBe(3)
    expect(asked).toEqual(['load 2/10', 'load 3/10'])
    unmount()
  })
})
