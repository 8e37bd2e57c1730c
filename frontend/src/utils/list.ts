// Helpers shared by the paged lists (机构管理, 用户管理, 角色管理, 消息中心, the drill-down dialogs).
import { ref, shallowRef } from 'vue'
import type { Page } from '@/api'
import { messages } from '@/i18n/zh-CN'

/**
 * One page of a list, fetched by `fetchPage` for the `page` of the query: the rows, the total and a loading flag.
 * `search` goes back to the first page.
 */
export function usePagedList<T>(query: { page: number }, fetchPage: () => Promise<Page<T>>) {
  const rows = shallowRef<T[]>([])
  const total = ref(0)
  const loading = ref(false)

  async function load() {
    loading.value = true
    try {
      const page = await fetchPage()
      rows.value = page.items
      total.value = page.total
    } finally {
      loading.value = false
    }
  }

  function search() {
    query.page = 1
    return load()
  }

  return { rows, total, loading, load, search }
}

/**
 * Asks to confirm 启用/停用 with `message`, then runs `setEnabled` and says it is done.
 * Resolves to whether it changed anything.
 */
export async function confirmToggle(message: string, setEnabled: () => Promise<unknown>, enable: boolean) {
  const a = messages.admin
  const confirmed = await ElMessageBox.confirm(message, a.confirmTitle, {
    type: 'warning',
    confirmButtonText: a.confirm,
    cancelButtonText: a.cancel,
  })
    .then(() => true)
    .catch(() => false)
  if (!confirmed) return false
  await setEnabled()
  ElMessage.success(enable ? a.enabledDone : a.disabledDone)
  return true
}
