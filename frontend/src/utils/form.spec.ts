import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { FormInstance } from 'element-plus'
import { ApiError } from '@/api'
import { errorsByField, submitForm } from './form'

describe('errorsByField', () => {
  it('puts nested or indexed paths on their form field, first message first', () => {
    expect(
      errorsByField({
        code: '机构代码“GX1”已被使用',
        'industries[2]': '主导产业的每一项不能包含分号',
        'industries[3]': '第二条',
        'parent.id': '所属高校已停用',
      }),
    ).toEqual({ code: '机构代码“GX1”已被使用', industries: '主导产业的每一项不能包含分号', parent: '所属高校已停用' })
  })
})

describe('submitForm', () => {
  const formThat = (valid: boolean) => ({ validate: () => (valid ? Promise.resolve(true) : Promise.reject(new Error())) }) as unknown as FormInstance
  const state = () => ({ busy: ref(false), fieldErrors: ref<Record<string, string>>({ old: '旧的' }) })

  it('does not save an invalid form', async () => {
    const s = state()
    const save = vi.fn()
    await submitForm(formThat(false), s, save)
    expect(save).not.toHaveBeenCalled()
    expect(s.fieldErrors.value).toEqual({})
  })

  it('saves with busy set and puts a 400 answer on the fields', async () => {
    const s = state()
    let busyWhileSaving = false
    await submitForm(formThat(true), s, async () => {
      busyWhileSaving = s.busy.value
      throw new ApiError(400, '参数错误', { 'industries[0]': '不能为空' })
    })
    expect(busyWhileSaving).toBe(true)
    expect(s.busy.value).toBe(false)
    expect(s.fieldErrors.value).toEqual({ industries: '不能为空' })
  })

  it('throws other failures on', async () => {
    await expect(submitForm(formThat(true), state(), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
  })
})
