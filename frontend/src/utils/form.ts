// Helpers shared by the forms of several views.
import type { Ref } from 'vue'
import type { FormInstance } from 'element-plus'
import { ApiError } from '@/api'

/**
 * The server's field errors by form field: `industries[2]` or `parent.id` count for `industries` / `parent`,
 * the first message of a field wins.
 */
export function errorsByField(fieldErrors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldErrors)) {
    const root = path.split(/[.[]/)[0]
    result[root] ??= message
  }
  return result
}

/**
 * Submits a dialog's form: clears the server's messages, validates, then runs `save` with `busy` set.
 * A 400 answer's field errors land in `fieldErrors`; any other failure is thrown on.
 */
export async function submitForm(
  form: FormInstance | undefined,
  state: { busy: Ref<boolean>; fieldErrors: Ref<Record<string, string>> },
  save: () => Promise<void>,
) {
  state.fieldErrors.value = {}
  if (!(await form?.validate().catch(() => false))) return
  state.busy.value = true
  try {
    await save()
  } catch (e) {
    if (!(e instanceof ApiError)) throw e
    state.fieldErrors.value = errorsByField(e.fieldErrors)
  } finally {
    state.busy.value = false
  }
}
