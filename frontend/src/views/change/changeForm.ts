// The change filing form's data around the filing form it reuses: what it sends, where the server's errors show,
// and which units/teams may be added.
import type { ChangeForm, FilingDetail, FilingForm, SubjectOption } from '@/api'

/** Fields of the change itself (not of the filing form): shown beside the reason, the units, or above the form. */
export const CHANGE_FIELDS = { content: 'content', reason: 'reason', units: 'addedUnitIds' } as const

export function changePayload(content: FilingForm, addedUnitIds: number[], reason: string, version: number | null): ChangeForm {
  return { content, addedUnitIds: [...addedUnitIds], reason, version }
}

export interface ChangeErrors {
  /** By the filing form's own paths (`keyTasks`, `projects[0].name`, `attachments.CONSENT`), for its fields. */
  form: Record<string, string>
  reason: string
  units: string
  /** About the content as a whole (none given, nothing changed). */
  general: string
}

/**
 * Sorts the server's field errors: `content.x` belongs to the reused filing form's field `x`; the reason, the units
 * (`addedUnitIds`, `addedUnitIds[2]`) and the content as a whole have places of their own.
 */
export function splitChangeErrors(fieldErrors: Record<string, string>): ChangeErrors {
  const errors: ChangeErrors = { form: {}, reason: '', units: '', general: '' }
  for (const [field, message] of Object.entries(fieldErrors)) {
    if (field === CHANGE_FIELDS.content) errors.general = message
    else if (field.startsWith(`${CHANGE_FIELDS.content}.`)) errors.form[field.slice(CHANGE_FIELDS.content.length + 1)] = message
    else if (field === CHANGE_FIELDS.reason) errors.reason = message
    else if (field.startsWith(CHANGE_FIELDS.units)) errors.units ||= message
    else errors.form[field] = message
  }
  return errors
}

/** The university whose units/teams may join: the subject, or the subject's legal-entity university. */
export const pairingUniversityId = (filing: Pick<FilingDetail, 'subjectType' | 'universityId' | 'parentUniversityId'>) =>
  filing.subjectType === 'UNIT' ? filing.parentUniversityId : filing.universityId

/** Units/teams of the pairing's university that are neither the subject nor participants already. */
export function addableUnits(
  subjects: readonly SubjectOption[],
  filing: Pick<FilingDetail, 'subjectType' | 'universityId' | 'parentUniversityId' | 'participants'>,
): SubjectOption[] {
  const university = pairingUniversityId(filing)
  const joined = new Set(filing.participants.map((p) => p.orgId))
  return subjects.filter(
    (s) => s.type === 'UNIT' && s.parentId === university && s.id !== filing.universityId && !joined.has(s.id),
  )
}

/** The review steps of pairing-change.bpmn: their task page shows the change under review. */
export const CHANGE_REVIEW_STEPS: readonly string[] = ['changeCityReview', 'changeProvinceReview']
