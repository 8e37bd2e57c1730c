// Autosave of the filing form: a debounced save after the user stops typing (and at once on demand, e.g.
// when the step changes), never two saves at a time, never the same content twice, never content the
// server would refuse; plus a copy in localStorage so that nothing typed is lost when the network fails.
import type { FilingForm } from '@/api'
import { checkTags, isBudget, isEmail, isEndAfterStart, isMobile, isTalentCount, TEXT_MAX } from './rules'

/** Milliseconds without a change before the draft is saved. */
export const AUTOSAVE_DELAY = 3000

export type AutosaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'invalid'

export interface AutosaverOptions {
  delay?: number
  /** The content to save as text; a save runs only when it differs from the last saved one. */
  snapshot: () => string
  /** False while nothing may be saved (not editable, another save or submit running, stale copy, …). */
  canSave: () => boolean
  /** Field paths in a format the server refuses: then nothing is sent (no 400 loop). */
  problems: () => string[]
  save: () => Promise<void>
  /** Whether a failure must not be retried with the same content (a 400/409 would come again). */
  permanent?: (error: unknown) => boolean
  onState?: (state: AutosaveState, error?: unknown) => void
}

export interface Autosaver {
  /** The content changed: save after the delay (restarts the delay). */
  schedule(): void
  /** Save now if anything changed (waits for a running save, then saves again when needed). */
  flush(): Promise<void>
  /** The content as it now is counts as saved (after loading, or after a manual save). */
  markSaved(): void
  /** Stops the pending save; resolves once a running save has ended (before a manual save or submit). */
  settle(): Promise<void>
  cancel(): void
  readonly state: AutosaveState
}

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const delay = options.delay ?? AUTOSAVE_DELAY
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<void> | null = null
  let again = false
  let lastSaved = options.snapshot()
  let refused: string | null = null
  let state: AutosaveState = 'idle'

  const set = (next: AutosaveState, error?: unknown) => {
    state = next
    options.onState?.(next, error)
  }
  const clear = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  async function run(): Promise<void> {
    const content = options.snapshot()
    if (content === lastSaved || content === refused || !options.canSave()) return
    if (options.problems().length) {
      set('invalid')
      return
    }
    set('saving')
    try {
      await options.save()
      lastSaved = content
      refused = null
      set('saved')
    } catch (error) {
      if (options.permanent?.(error)) refused = content
      set('failed', error)
    }
  }

  function flush(): Promise<void> {
    clear()
    if (running) {
      again = true
      return running
    }
    running = run().finally(() => {
      running = null
      if (again) {
        again = false
        void flush()
      }
    })
    return running
  }

  return {
    schedule() {
      clear()
      timer = setTimeout(() => void flush(), delay)
    },
    flush,
    markSaved() {
      lastSaved = options.snapshot()
      refused = null
    },
    async settle() {
      clear()
      while (running) await running.catch(() => {})
    },
    cancel: clear,
    get state() {
      return state
    },
  }
}

/** The content of the form as text (without the version, which every save changes). */
export function formSnapshot(form: FilingForm): string {
  return JSON.stringify({ ...form, version: undefined })
}

const longer = (text: string | null | undefined, max: number) => (text ?? '').trim().length > max

/**
 * Paths of the fields a draft save would refuse (formats and lengths; completeness is not needed for a draft).
 * `zoneId` when a university/unit operator has not picked the zone yet (the server needs it on every save).
 */
export function draftProblems(form: FilingForm, needsZone: boolean): string[] {
  const problems: string[] = []
  if (needsZone && !form.zoneId) problems.push('zoneId')
  if (checkTags(form.zoneIndustries)) problems.push('zoneIndustries')
  if (checkTags(form.subjectDisciplines)) problems.push('subjectDisciplines')
  if (form.startDate && form.endDate && !isEndAfterStart(form.startDate, form.endDate)) problems.push('endDate')
  for (const key of ['zoneContact', 'universityContact'] as const) {
    const contact = form[key]
    if (longer(contact.name, 32)) problems.push(`${key}.name`)
    if (contact.phone?.trim() && !isMobile(contact.phone.trim())) problems.push(`${key}.phone`)
    if (contact.email?.trim() && (!isEmail(contact.email.trim()) || longer(contact.email, 128))) {
      problems.push(`${key}.email`)
    }
  }
  for (const key of ['mechanismDecision', 'mechanismProject', 'mechanismTalent', 'mechanismBenefit', 'targets2026', 'targets2028'] as const) {
    if (longer(form[key], TEXT_MAX)) problems.push(key)
  }
  form.projects.forEach((p, i) => {
    if (!p.name?.trim() || longer(p.name, 100)) problems.push(`projects[${i}].name`)
    if (longer(p.field, 50)) problems.push(`projects[${i}].field`)
    if (longer(p.leadEnterprise, 100)) problems.push(`projects[${i}].leadEnterprise`)
    if (!isBudget(p.budgetWan)) problems.push(`projects[${i}].budgetWan`)
  })
  form.platforms.forEach((p, i) => {
    if (!p.type) problems.push(`platforms[${i}].type`)
    if (!p.name?.trim() || longer(p.name, 100)) problems.push(`platforms[${i}].name`)
    if (longer(p.note, 500)) problems.push(`platforms[${i}].note`)
  })
  for (const [key, value] of Object.entries(form.talent)) {
    if (!isTalentCount(value)) problems.push(`talent.${key}`)
  }
  return problems
}

// ---------------------------------------------------------------- the copy in localStorage

export interface LocalDraft {
  /** When it was written (ISO). */
  savedAt: string
  form: FilingForm
}

/** One copy per user and filing (`new` before the first save). */
export const localDraftKey = (userId: number | undefined, filingId: number | null) =>
  `pairing.filingDraft.${userId ?? 'anon'}.${filingId ?? 'new'}`

export function writeLocalDraft(key: string, form: FilingForm, now: Date = new Date(), storage: Storage = localStorage) {
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), form } satisfies LocalDraft))
  } catch {
    // storage full or disabled: the server copy is all there is
  }
}

export function readLocalDraft(key: string, storage: Storage = localStorage): LocalDraft | null {
  try {
    const raw = storage.getItem(key)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<LocalDraft>
    if (typeof parsed.savedAt !== 'string' || typeof parsed.form !== 'object' || parsed.form === null) return null
    return parsed as LocalDraft
  } catch {
    return null
  }
}

export function removeLocalDraft(key: string, storage: Storage = localStorage) {
  try {
    storage.removeItem(key)
  } catch {
    // nothing to do
  }
}
