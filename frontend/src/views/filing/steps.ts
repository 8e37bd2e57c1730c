// The steps of the filing form and which step holds a field, so errors can lead the user to it.
import type { FilingSection } from '@/api'
import { messages } from '@/i18n/zh-CN'

const s = messages.steps

/** Each step is also the part of the form (`section`) a reviewer's opinion may concern. */
export const STEPS: readonly { key: string; title: string; section: FilingSection }[] = [
  { key: 'parties', title: s.parties, section: 'PARTIES' },
  { key: 'content', title: s.content, section: 'CONTENT' },
  { key: 'projects', title: s.projects, section: 'PROJECTS' },
  { key: 'targets', title: s.targets, section: 'TARGETS' },
  { key: 'attachments', title: s.attachments, section: 'ATTACHMENTS' },
]

/** Field path prefixes (as the server names them, e.g. `projects[2].budgetWan`) → step index. */
const STEP_OF_ROOT: Record<string, number> = {
  zoneId: 0,
  universityId: 0,
  zoneIndustries: 0,
  subjectDisciplines: 0,
  keyTasks: 1,
  mechanismDecision: 1,
  mechanismProject: 1,
  mechanismTalent: 1,
  mechanismBenefit: 1,
  projects: 2,
  platforms: 2,
  talent: 2,
  targets2026: 3,
  targets2028: 3,
  startDate: 3,
  endDate: 3,
  zoneContact: 3,
  universityContact: 3,
  attachments: 4,
  file: 4,
  kind: 4,
}

/** The root of a field path: `projects[2].budgetWan` and `projects.2.budgetWan` → `projects`. */
export const rootOf = (path: string): string => path.split(/[.[]/, 1)[0]

/** The step showing a field; unknown fields belong to the first step. */
export const stepOfField = (path: string): number => STEP_OF_ROOT[rootOf(path)] ?? 0

/** The first step holding any of the fields, or null when there are none. */
export function firstErrorStep(paths: Iterable<string>): number | null {
  let first: number | null = null
  for (const path of paths) {
    const step = stepOfField(path)
    if (first === null || step < first) first = step
  }
  return first
}

/** Element Plus names array items `projects.2.name`; the server `projects[2].name`. */
export const toServerPath = (prop: string): string => prop.replace(/\.(\d+)(?=\.|$)/g, '[$1]')

/**
 * The server's message for a form item: its own path, or (for an item showing a whole list such as
 * `zoneIndustries`) the first message of any of its elements (`zoneIndustries[3]`).
 */
export function fieldError(errors: Record<string, string>, path: string, includeItems = false): string | undefined {
  if (errors[path]) return errors[path]
  if (!includeItems) return undefined
  const key = Object.keys(errors).find((field) => field.startsWith(`${path}[`) || field.startsWith(`${path}.`))
  return key ? errors[key] : undefined
}
