// The filing form's data: an empty form, a form from a saved filing, and the rows of its tables.
import type { Contact, FilingForm, Platform, Project, Talent } from '@/api'

export const emptyContact = (): Contact => ({ name: '', phone: '', email: '' })
export const emptyProject = (): Project => ({ name: '', field: '', leadEnterprise: '', budgetWan: null })
export const emptyPlatform = (): Platform => ({ type: '', name: '', note: '' })
export const emptyTalent = (): Talent => ({ vicePresidents: 0, industryProfessors: 0, secondments: 0, twoWayPostings: 0 })

export function emptyForm(): FilingForm {
  return {
    zoneId: null,
    universityId: null,
    keyTasks: [],
    startDate: '',
    endDate: '',
    zoneContact: emptyContact(),
    universityContact: emptyContact(),
    zoneIndustries: [],
    subjectDisciplines: [],
    mechanismDecision: '',
    mechanismProject: '',
    mechanismTalent: '',
    mechanismBenefit: '',
    projects: [],
    platforms: [],
    talent: emptyTalent(),
    targets2026: '',
    targets2028: '',
    version: null,
  }
}

/** A saved form as the server returns it (a filing, or a change filing's proposed content): fields may be null. */
export type SavedForm = { [K in keyof FilingForm]?: FilingForm[K] | null }

/** A draft may come back with nulls in unfilled fields; the inputs want strings, numbers and arrays. */
export function formFromDetail(detail: SavedForm): FilingForm {
  const contact = (c: Partial<Contact> | null | undefined): Contact => ({
    name: c?.name ?? '',
    phone: c?.phone ?? '',
    email: c?.email ?? '',
  })
  return {
    zoneId: detail.zoneId ?? null,
    universityId: detail.universityId ?? null,
    keyTasks: [...(detail.keyTasks ?? [])],
    startDate: detail.startDate ?? '',
    endDate: detail.endDate ?? '',
    zoneContact: contact(detail.zoneContact),
    universityContact: contact(detail.universityContact),
    zoneIndustries: [...(detail.zoneIndustries ?? [])],
    subjectDisciplines: [...(detail.subjectDisciplines ?? [])],
    mechanismDecision: detail.mechanismDecision ?? '',
    mechanismProject: detail.mechanismProject ?? '',
    mechanismTalent: detail.mechanismTalent ?? '',
    mechanismBenefit: detail.mechanismBenefit ?? '',
    projects: (detail.projects ?? []).map((p) => ({
      name: p.name ?? '',
      field: p.field ?? '',
      leadEnterprise: p.leadEnterprise ?? '',
      budgetWan: p.budgetWan ?? null,
    })),
    platforms: (detail.platforms ?? []).map((p) => ({ type: p.type ?? '', name: p.name ?? '', note: p.note ?? '' })),
    talent: { ...emptyTalent(), ...(detail.talent ?? {}) },
    targets2026: detail.targets2026 ?? '',
    targets2028: detail.targets2028 ?? '',
    version: detail.version ?? null,
  }
}

/**
 * Tags to show after the zone or subject changed: the new registry defaults, unless the user already
 * wrote their own (anything other than the previous defaults).
 */
export function prefillTags(current: string[], previousDefaults: string[], nextDefaults: string[]): string[] {
  const untouched =
    current.length === 0 ||
    (current.length === previousDefaults.length && current.every((tag, i) => tag === previousDefaults[i]))
  return untouched ? [...nextDefaults] : current
}

/** Which side the caller files for, from its organisation type. */
export type FilerKind = 'ZONE' | 'UNIVERSITY' | 'UNIT'

export function filerKind(orgType: string | undefined): FilerKind {
  if (orgType === 'UNIVERSITY') return 'UNIVERSITY'
  if (orgType === 'UNIT') return 'UNIT'
  return 'ZONE'
}
