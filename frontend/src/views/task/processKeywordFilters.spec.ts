// The 流程/关键词 filters shared by the 待办 and 已办 lists.
import { describe, expect, it } from 'vitest'
import { createApp, h, nextTick, reactive } from 'vue'
import type { TaskProcess } from '@/api'
import { messages } from '@/i18n/zh-CN'
import ProcessKeywordFilters from './ProcessKeywordFilters.vue'

const t = messages.todo

function mountFilters() {
  const filter = reactive({ process: '' as TaskProcess | '', q: '' })
  const searched: string[] = []
  const host = document.createElement('div')
  document.body.appendChild(host)
  const app = createApp({
    render: () =>
      h(ProcessKeywordFilters, {
        process: filter.process,
        'onUpdate:process': (value: TaskProcess | '') => (filter.process = value),
        q: filter.q,
        'onUpdate:q': (value: string) => (filter.q = value),
        testId: 'task-filter',
        onSearch: () => searched.push(`${filter.process}|${filter.q}`),
      }),
  })
  app.mount(host)
  return { host, filter, searched, unmount: () => app.unmount() }
}

describe('ProcessKeywordFilters', () => {
  it('labels the two filters and gives them the test ids of the list', () => {
    const { host, unmount } = mountFilters()
    expect([...host.querySelectorAll('.filter-label')].map((el) => el.textContent)).toEqual([t.process, t.keyword])
    expect(host.querySelector('[data-testid="task-filter-process"]')?.textContent).toContain(t.allProcesses)
    expect(host.querySelector('input[data-testid="task-filter-keyword"], [data-testid="task-filter-keyword"] input')).not.toBeNull()
    unmount()
  })

  it('searches with the keyword typed, on Enter', async () => {
    const { host, searched, unmount } = mountFilters()
    const input = host.querySelector('[data-testid="task-filter-keyword"] input, input[data-testid="task-filter-keyword"]') as HTMLInputElement
    input.value = '济南'
    input.dispatchEvent(new Event('input'))
    await nextTick()
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }))
    await nextTick()
    expect(searched).toEqual(['|济南'])
    unmount()
  })
})
