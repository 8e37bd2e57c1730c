import type { Decision } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { fill } from '@/utils/template'

export interface DecisionButton {
  decision: Decision
  /** The words on the button, by step: 确认结对 / 同意 / 通过 … */
  label: string
  type: 'success' | 'warning' | 'danger'
  /** An opinion (reason) is required: every outcome but APPROVE. */
  needsOpinion: boolean
  /** Ends the filing for good: asks for confirmation first. */
  confirm: boolean
  testId: string
}

const d = messages.decision

/** Labels of the outcomes, by task key; other steps are reviews (通过 / 退回修改 / 不予备案). */
const STEP_LABELS: Record<string, Partial<Record<Decision, string>>> = {
  counterpartConfirm: { APPROVE: d.confirmStep, REJECT: d.declineStep },
  legalConsent: { APPROVE: d.consent, REJECT: d.refuse },
  confirmTermination: {
    APPROVE: messages.qualification.confirmTermination,
    REJECT: messages.qualification.refuseTermination,
  },
  changeCityReview: { REJECT: d.rejectChange },
  changeProvinceReview: { REJECT: d.rejectChange },
}
const REVIEW_LABELS: Record<Decision, string> = { APPROVE: d.approve, RETURN: d.return, REJECT: d.reject }
const ORDER: Decision[] = ['APPROVE', 'RETURN', 'REJECT']
const TYPES: Record<Decision, DecisionButton['type']> = { APPROVE: 'success', RETURN: 'warning', REJECT: 'danger' }

/** The buttons of a decision task: exactly the outcomes the step allows (`decisions` from GET /api/tasks). */
export function decisionButtons(taskKey: string, decisions: readonly Decision[]): DecisionButton[] {
  const labels = STEP_LABELS[taskKey] ?? REVIEW_LABELS
  return ORDER.filter((decision) => decisions.includes(decision)).map((decision) => ({
    decision,
    label: labels[decision] ?? REVIEW_LABELS[decision],
    type: TYPES[decision],
    needsOpinion: decision !== 'APPROVE',
    confirm: decision === 'REJECT',
    testId: `task-${decision.toLowerCase()}`,
  }))
}

/** The message under the opinion box when the chosen outcome needs a reason and there is none; else ''. */
export function opinionError(button: DecisionButton, opinion: string): string {
  return button.needsOpinion && !opinion.trim() ? fill(d.opinionRequired, { label: button.label }) : ''
}

/** Review steps (those that can return the filing) let the reviewer name the part of the form an opinion concerns. */
export const offersSection = (decisions: readonly Decision[]): boolean => decisions.includes('RETURN')
