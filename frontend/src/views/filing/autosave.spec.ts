import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyForm, emptyProject } from './form'
import {
  AUTOSAVE_DELAY,
  createAutosaver,
  draftProblems,
  formSnapshot,
  localDraftKey,
  readLocalDraft,
  removeLocalDraft,
  writeLocalDraft,
  type AutosaveState,
} from './autosave'

/** A tiny editor: `content` is what the user typed, `save` records what reached the server. */
function setup(overrides: { problems?: () => string[]; canSave?: () => boolean; fail?: () => unknown } = {}) {
  const editor = { content: 'a' }
  const saved: string[] = []
  const states: AutosaveState[] = []
  let release: (() => void) | null = null
  let slow = false
  const autosaver = createAutosaver({
    snapshot: () => editor.content,
    canSave: overrides.canSave ?? (() => true),
    problems: overrides.problems ?? (() => []),
    save: () => {
      const failure = overrides.fail?.()
      if (failure) return Promise.reject(failure)
      saved.push(editor.content)
      if (!slow) return Promise.resolve()
      return new Promise<void>((resolve) => {
        release = resolve
      })
    },
    permanent: (error) => error === 'bad request',
    onState: (state) => states.push(state),
  })
  return {
    editor,
    saved,
    states,
    autosaver,
    type(text: string) {
      editor.content = text
      autosaver.schedule()
    },
    makeSlow() {
      slow = true
    },
    finishSave() {
      release?.()
      release = null
    },
  }
}

describe('autosave debounce', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves once, a few seconds after the user stops typing', async () => {
    const t = setup()
    t.type('ab')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY - 500)
    t.type('abc')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY - 500)
    t.type('abcd')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY - 1)
    expect(t.saved).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(t.saved).toEqual(['abcd'])
    expect(t.states).toEqual(['saving', 'saved'])
    expect(t.autosaver.state).toBe('saved')
  })

  it('does not save content that has not changed since the last save or load', async () => {
    const t = setup()
    t.autosaver.schedule()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.saved).toEqual([])
    t.type('b')
    await t.autosaver.flush()
    await t.autosaver.flush()
    expect(t.saved).toEqual(['b'])
    t.editor.content = 'manually saved'
    t.autosaver.markSaved()
    await t.autosaver.flush()
    expect(t.saved).toEqual(['b'])
  })

  it('saves at once on flush (a step change) and cancels the pending timer', async () => {
    const t = setup()
    t.type('x')
    await t.autosaver.flush()
    expect(t.saved).toEqual(['x'])
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY * 2)
    expect(t.saved).toEqual(['x'])
  })

  it('never runs two saves at a time; changes made meanwhile are saved right after', async () => {
    const t = setup()
    t.makeSlow()
    t.type('one')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.saved).toEqual(['one'])
    t.type('two')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.saved).toEqual(['one'])
    t.finishSave()
    await vi.advanceTimersByTimeAsync(0)
    expect(t.saved).toEqual(['one', 'two'])
    t.finishSave()
    await vi.advanceTimersByTimeAsync(0)
    expect(t.autosaver.state).toBe('saved')
  })

  it('sends nothing while a field has a format the server refuses (no 400 loop)', async () => {
    let problems = ['zoneContact.phone']
    const t = setup({ problems: () => problems })
    t.type('1380')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.saved).toEqual([])
    expect(t.autosaver.state).toBe('invalid')
    problems = []
    t.type('13800000000')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.saved).toEqual(['13800000000'])
  })

  it('does not retry a refused content, but retries after a network failure', async () => {
    let failure: unknown = 'bad request'
    const t = setup({ fail: () => failure })
    t.type('refused')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.autosaver.state).toBe('failed')
    const states = t.states.length
    await t.autosaver.flush()
    expect(t.states.length).toBe(states) // same content: not sent again
    failure = 'network'
    t.type('offline')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.autosaver.state).toBe('failed')
    failure = null
    await t.autosaver.flush() // e.g. the next step change
    expect(t.saved).toEqual(['offline'])
    expect(t.autosaver.state).toBe('saved')
  })

  it('waits while saving is not allowed (not editable, busy, stale)', async () => {
    let allowed = false
    const t = setup({ canSave: () => allowed })
    t.type('later')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.saved).toEqual([])
    allowed = true
    t.autosaver.schedule()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    expect(t.saved).toEqual(['later'])
  })

  it('settle waits for a running save and drops the pending one', async () => {
    const t = setup()
    t.makeSlow()
    t.type('first')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY)
    t.type('second')
    let settled = false
    const settling = t.autosaver.settle().then(() => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(settled).toBe(false)
    t.finishSave()
    await settling
    expect(settled).toBe(true)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY * 2)
    expect(t.saved).toEqual(['first'])
  })

  it('cancel stops a pending save', async () => {
    const t = setup()
    t.type('gone')
    t.autosaver.cancel()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY * 2)
    expect(t.saved).toEqual([])
  })
})

describe('draftProblems', () => {
  it('accepts an empty or partly filled draft', () => {
    expect(draftProblems(emptyForm(), false)).toEqual([])
    const form = emptyForm()
    form.zoneContact.phone = '13800000000'
    form.zoneContact.email = 'a@b.cn'
    expect(draftProblems(form, false)).toEqual([])
  })

  it('names the fields the server would refuse on a draft save', () => {
    const form = emptyForm()
    form.zoneContact.phone = '1380'
    form.universityContact.email = 'not-an-email'
    form.startDate = '2027-01-01'
    form.endDate = '2026-01-01'
    form.projects = [emptyProject()]
    form.zoneIndustries = ['a;b']
    expect(draftProblems(form, true)).toEqual([
      'zoneId',
      'zoneIndustries',
      'endDate',
      'zoneContact.phone',
      'universityContact.email',
      'projects[0].name',
    ])
  })
})

describe('local copy', () => {
  it('is kept per user and filing and read back', () => {
    expect(localDraftKey(3, null)).toBe('pairing.filingDraft.3.new')
    expect(localDraftKey(3, 12)).toBe('pairing.filingDraft.3.12')
    const key = localDraftKey(3, 12)
    const form = emptyForm()
    form.mechanismDecision = '联席会议'
    writeLocalDraft(key, form, new Date('2026-11-22T06:00:00Z'))
    expect(readLocalDraft(key)).toEqual({ savedAt: '2026-11-22T06:00:00.000Z', form })
    removeLocalDraft(key)
    expect(readLocalDraft(key)).toBeNull()
    localStorage.setItem(key, '{broken')
    expect(readLocalDraft(key)).toBeNull()
  })

  it('compares forms without their version', () => {
    const a = emptyForm()
    const b = { ...emptyForm(), version: 7 }
    expect(formSnapshot(a)).toBe(formSnapshot(b))
  })
})
