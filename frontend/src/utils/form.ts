// Helpers shared by the forms of several views.
import type { Ref } from 'vue'
import type { FormInstance } from 'element-plus'
import { ApiError } from '@/api'
import { messages } from '@/i18n/zh-CN'

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

/** The fields a form's client-side rules find invalid now (Element Plus paths, e.g. `projects.0.name`). */
export async function invalidFields(form: FormInstance | undefined): Promise<string[]> {
  const invalid: Record<string, unknown> = await (form?.validate() ?? Promise.resolve(true))
    .then(() => ({}))
    .catch((fields: Record<string, unknown> | undefined) => fields ?? {})
  return Object.keys(invalid)
}

/** Asks a question in a warning box (确定 / 取消); true when confirmed. */
export function confirmWarning(message: string, title: string): Promise<boolean> {
  const a = messages.attachment
  return ElMessageBox.confirm(message, title, { confirmButtonText: a.confirm, cancelButtonText: a.cancel, type: 'warning' })
    .then(() => true)
    .catch(() => false)
}
