import { describe, expect, it } from 'vitest'
import type { SubjectOption } from '@/api'
import { emptyForm } from '@/views/filing/form'
import { addableUnits, changePayload, pairingUniversityId, splitChangeErrors } from './changeForm'

const subject = (id: number, type: 'UNIVERSITY' | 'UNIT', parentId: number | null): SubjectOption =>
  ({ id, type, parentId, name: `单位${id}` }) as SubjectOption

describe('change form', () => {
  it('sends the reused filing form as the content, with the units, the reason and the version read', () => {
    const content = emptyForm()
    const units = [7]
    const form = changePayload(content, units, '联系人调整', 3)
    expect(form).toEqual({ content, addedUnitIds: [7], reason: '联系人调整', version: 3 })
    units.push(8)
    expect(form.addedUnitIds).toEqual([7])
  })

  it('puts the server errors of the content on the filing form fields and the others where they belong', () => {
    const errors = splitChangeErrors({
      'content.keyTasks': '请至少选择一项重点任务',
      'content.projects[0].name': '请填写项目名称',
      'attachments.CONSENT': '请上传法人单位同意书',
      reason: '请填写变更原因',
      'addedUnitIds[1]': '只能新增本结对高校的内设机构/团队',
      'addedUnitIds[2]': '该内设机构/团队已参与本结对',
      content: '变更后的内容与现备案内容相同',
    })
    expect(errors.form).toEqual({
      keyTasks: '请至少选择一项重点任务',
      'projects[0].name': '请填写项目名称',
      'attachments.CONSENT': '请上传法人单位同意书',
    })
    expect(errors.reason).toBe('请填写变更原因')
    expect(errors.units).toBe('只能新增本结对高校的内设机构/团队')
    expect(errors.general).toBe('变更后的内容与现备案内容相同')
  })

  it('offers the units of the pairing university that have not joined yet', () => {
    const subjects = [subject(1, 'UNIVERSITY', null), subject(11, 'UNIT', 1), subject(12, 'UNIT', 1), subject(13, 'UNIT', 1),
      subject(21, 'UNIT', 2)]
    const university = { subjectType: 'UNIVERSITY' as const, universityId: 1, parentUniversityId: null,
      participants: [{ orgId: 12, name: '单位12', addedAt: '2026-12-01T10:00:00' }] }
    expect(pairingUniversityId(university)).toBe(1)
    expect(addableUnits(subjects, university).map((s) => s.id)).toEqual([11, 13])
    // a unit subject: its university's other units
    const unit = { subjectType: 'UNIT' as const, universityId: 11, parentUniversityId: 1, participants: [] }
    expect(pairingUniversityId(unit)).toBe(1)
    expect(addableUnits(subjects, unit).map((s) => s.id)).toEqual([12, 13])
  })
})
