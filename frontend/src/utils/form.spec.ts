import { describe, expect, it } from 'vitest'
import { errorsByField } from './form'

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
