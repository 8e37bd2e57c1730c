import { describe, expect, it } from 'vitest'
import type { AnnualReport } from '@/api'
import { draftOf, formOf, openReportOf, reportErrors, type ReportDraft } from './report'

const draft = (values: Partial<ReportDraft>): ReportDraft => ({
  projectsStarted: '',
  projectsFinished: '',
  breakthroughs: '',
  transfers: '',
  contractValueWan: '',
  scenarios: '',
  platformsBuilt: '',
  vicePresidents: '',
  industryProfessors: '',
  fundingWan: '',
  narrative: '',
  ...values,
})

const complete = draft({
  projectsStarted: '3',
  projectsFinished: '1',
  breakthroughs: '2',
  transfers: '2',
  contractValueWan: '150.5',
  scenarios: '1',
  platformsBuilt: '1',
  vicePresidents: '2',
  industryProfessors: '0',
  fundingWan: '300',
  narrative: ' 联合攻关取得进展 ',
})

const report = (values: Partial<AnnualReport>): AnnualReport =>
  ({ id: 1, status: 'DUE', narrative: null, projectsStarted: null, contractValueWan: null, ...values }) as AnnualReport

describe('the annual report form', () => {
  it('shows saved figures as text and sends numbers, empty as null, the narrative trimmed', () => {
    const shown = draftOf(report({ projectsStarted: 3, contractValueWan: 20.5, narrative: '草稿' }))
    expect(shown.projectsStarted).toBe('3')
    expect(shown.contractValueWan).toBe('20.5')
    expect(shown.fundingWan).toBe('')
    expect(shown.narrative).toBe('草稿')
    const form = formOf(complete, 4)
    expect(form).toMatchObject({ projectsStarted: 3, contractValueWan: 150.5, industryProfessors: 0, version: 4 })
    expect(form.narrative).toBe('联合攻关取得进展')
    expect(formOf(draft({ projectsStarted: '2' }), null).fundingWan).toBeNull()
  })

  it('lets a draft stay partial but a submission needs every figure and the narrative', () => {
    expect(reportErrors(draft({ projectsStarted: '2' }), false)).toEqual({})
    const missing = reportErrors(draft({ projectsStarted: '2' }), true)
    expect(Object.keys(missing)).toHaveLength(10)
    expect(missing.contractValueWan).toBe('请填写成果转化合同金额')
    expect(missing.narrative).toBe('请填写经验成效')
    expect(reportErrors(complete, true)).toEqual({})
  })

  it('checks whole numbers, two-decimal amounts, limits and the rules between fields as the server does', () => {
    expect(
      reportErrors(
        draft({ projectsStarted: '-1', breakthroughs: '1.5', scenarios: '100001', contractValueWan: '1.234', fundingWan: 'abc' }),
        false,
      ),
    ).toEqual({
      projectsStarted: '联合开展项目数应为不小于0的整数',
      breakthroughs: '突破关键核心技术数应为不小于0的整数',
      scenarios: '应用场景数应为不小于0的整数',
      contractValueWan: '成果转化合同金额应为不小于0、最多两位小数的金额',
      fundingWan: '争取资金应为不小于0、最多两位小数的金额',
    })
    expect(reportErrors(draft({ projectsStarted: '1', projectsFinished: '2' }), false)).toEqual({
      projectsFinished: '完成项目数不能多于联合开展项目数',
    })
    expect(reportErrors(draft({ transfers: '0', contractValueWan: '10' }), false)).toEqual({
      contractValueWan: '没有成果转化时，成果转化合同金额应为0',
    })
    expect(reportErrors(draft({ transfers: '0', contractValueWan: '0.00' }), false)).toEqual({})
    expect(reportErrors(draft({ narrative: '效'.repeat(2001) }), false)).toEqual({ narrative: '经验成效不能超过2000字' })
  })

  it('opens the report waiting for the reporter from a task, else the newest', () => {
    const approved = report({ id: 3, status: 'APPROVED' })
    const returned = report({ id: 2, status: 'RETURNED' })
    expect(openReportOf([approved, returned])?.id).toBe(2)
    expect(openReportOf([approved])?.id).toBe(3)
    expect(openReportOf([])).toBeUndefined()
  })
})
