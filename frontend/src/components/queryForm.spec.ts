import { describe, expect, it } from 'vitest'
import { createApp, h, nextTick, reactive } from 'vue'
import { ElForm } from 'element-plus'
import EnabledFilter from './EnabledFilter.vue'
import QueryActions from './QueryActions.vue'

/** Mounts the shared query-form pieces in an inline form, as the admin lists have them. */
function mountForm() {
  const query = reactive({ enabled: undefined as boolean | undefined })
  const asked: string[] = []
  const host = document.createElement('div')
  document.body.appendChild(host)
  const app = createApp({
    render: () =>
      h(ElForm, { inline: true, onSubmit: (e: Event) => (e.preventDefault(), asked.push('search')) }, () => [
        h(EnabledFilter, {
          modelValue: query.enabled,
          'onUpdate:modelValue': (value: boolean | undefined) => (query.enabled = value),
          width: '120px',
          testId: 'org-search-enabled',
          onChange: () => asked.push(`change ${query.enabled}`),
        }),
        h(QueryActions, { searchTestId: 'org-search', onReset: () => asked.push('reset') }),
      ]),
  })
  app.mount(host)
  return { host, query, asked, unmount: () => app.unmount() }
}

describe('QueryActions', () => {
  it('shows 搜索 (submitting the form, with its test id) and 重置', async () => {
    const { host, asked, unmount } = mountForm()
    const buttons = [...host.querySelectorAll('button')]
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['搜索', '重置'])
    expect(buttons[0].getAttribute('data-testid')).toBe('org-search')
    expect(buttons[0].getAttribute('type')).toBe('submit')
    buttons[1].click()
    await nextTick()
    expect(asked).toEqual(['reset'])
    buttons[0].click()
    await nextTick()
    expect(asked).toEqual(['reset', 'search'])
    unmount()
  })
})

describe('EnabledFilter', () => {
  it('is the 状态 item with its width and test id', () => {
    const { host, unmount } = mountForm()
    const item = host.querySelector('.el-form-item')!
    expect(item.querySelector('.el-form-item__label')?.textContent).toBe('状态')
    const select = item.querySelector('[data-testid="org-search-enabled"]') as HTMLElement
    expect(select.style.width).toBe('120px')
    expect(select.textContent).toContain('全部状态')
    unmount()
  })
})
