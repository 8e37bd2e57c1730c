import type { FilingSection, FilingStatus, FilingTimeline, TimelineEntry } from '@/api'
import { messages } from '@/i18n/zh-CN'
import { fill } from '@/utils/template'

/** The user tasks where a returned filing (or change filing) waits for its applicant; each one starts a new round. */
export const REVISE_ACTIVITIES: readonly string[] = ['revise', 'changeRevise']
const DECISIONS = new Set(['APPROVE', 'RETURN', 'REJECT'])

export interface Round {
  /** 1 for the first submission, 2 after the first resubmission, … */
  no: number
  entries: TimelineEntry[]
}

/**
 * The lines worth showing: end events of side paths (已催办, 双方已确认) say nothing new, so an END line
 * stays only when it closes the process (the last one, with nothing active any more).
 */
export function visibleEntries(timeline: FilingTimeline): TimelineEntry[] {
  const finished = timeline.processDefinitionId !== null && timeline.activeActivityIds.length === 0
  const lastEnd = timeline.entries.map((entry) => entry.kind).lastIndexOf('END')
  return timeline.entries.filter((entry, index) => entry.kind !== 'END' || (finished && index === lastEnd))
}

/** Splits the trail into rounds: a round ends where the filing was returned (修改后重新提交 opens the next). */
export function groupRounds(entries: readonly TimelineEntry[]): Round[] {
  const rounds: Round[] = []
  for (const entry of entries) {
    if (rounds.length === 0 || (entry.kind === 'STEP' && REVISE_ACTIVITIES.includes(entry.activityId ?? ''))) {
      rounds.push({ no: rounds.length + 1, entries: [] })
    }
    rounds[rounds.length - 1].entries.push(entry)
  }
  return rounds
}

export interface FollowUpSection {
  key: string
  /** 变更备案（第1次） / 终止结对申请（第1次）. */
  title: string
  statusLabel: string
  rounds: Round[]
}

/** The pairing's change filings and termination requests after approval, each with its own rounds, oldest first. */
export function followUpSections(timeline: FilingTimeline): FollowUpSection[] {
  const c = messages.change
  return timeline.followUps.map((followUp) => {
    const change = followUp.kind === 'CHANGE'
    const labels: Record<string, string> = change ? messages.changeStatus : messages.terminationStatus
    return {
      key: `${followUp.kind}-${followUp.id}`,
      title: fill(change ? c.flowTitle : c.terminationFlowTitle, { n: followUp.no }),
      statusLabel: labels[followUp.status] ?? followUp.status,
      rounds: groupRounds(visibleEntries({ ...followUp, followUps: [] })),
    }
  })
}

/** 转办 and 抄送: made on an open step without deciding it, each its own line (kind EVENT, the step's activity id). */
export function isSideAction(entry: Pick<TimelineEntry, 'action'>): boolean {
  return entry.action === 'TRANSFER' || entry.action === 'CC'
}

/** Decisions taken on steps (approve, return, reject), with their opinions. */
export function isDecision(entry: TimelineEntry): boolean {
  return entry.kind === 'STEP' && entry.action !== null && DECISIONS.has(entry.action)
}

/**
 * Every reviewer's say, round by round (for a returned filing): decisions that came with an opinion,
 * and every return or rejection even without one. Rounds without any are left out.
 */
export function reviewerOpinions(entries: readonly TimelineEntry[]): Round[] {
  return groupRounds(entries)
    .map((round) => ({
      no: round.no,
      entries: round.entries.filter((entry) => isDecision(entry) && (!!entry.opinion?.trim() || entry.action !== 'APPROVE')),
    }))
    .filter((round) => round.entries.length > 0)
}

export interface RoundOpinion {
  round: number
  entry: TimelineEntry
}

/** The reviewer opinions that name a part of the form, by that part, every round, oldest first. */
export function opinionsBySection(rounds: readonly Round[]): Map<FilingSection, RoundOpinion[]> {
  const bySection = new Map<FilingSection, RoundOpinion[]>()
  for (const round of rounds) {
    for (const entry of round.entries) {
      if (!entry.section) continue
      const list = bySection.get(entry.section) ?? []
      list.push({ round: round.no, entry })
      bySection.set(entry.section, list)
    }
  }
  return bySection
}

/** Names of the steps open now (one, or two during the provincial joint review). */
export function openSteps(timeline: FilingTimeline): string[] {
  return timeline.entries.filter((entry) => entry.kind === 'STEP' && !entry.endedAt).map((entry) => entry.stepName)
}

/**
 * Both provincial reviews are done but the engine has not yet run the (asynchronous) join: the filing
 * still says 省级会审中 for a few seconds while nobody has a task.
 */
export function isProcessing(status: FilingStatus, timeline: FilingTimeline | null): boolean {
  return status === 'PROVINCE_REVIEW' && timeline !== null && openSteps(timeline).length === 0
}

/** The state in plain words, with the open step(s). */
export function stateDescription(status: FilingStatus, timeline: FilingTimeline | null): string {
  const s = messages.flowState
  if (isProcessing(status, timeline)) return s.processing
  const steps = timeline ? openSteps(timeline) : []
  const current = steps.length ? ` ${fill(s.currentSteps, { steps: steps.join('、') })}` : ''
  return `${s[status]}${current}`
}

export interface FlowMarkers {
  active: string[]
  /** Passed and no longer active. */
  passed: string[]
}

/** A number drawn on a diagram element (BpmnDiagram's badges). */
export interface DiagramBadge {
  id: string
  text: string
  /** Tooltip. */
  title: string
  overdue: boolean
}

export function diagramMarkers(timeline: FilingTimeline): FlowMarkers {
  const active = [...new Set(timeline.activeActivityIds)]
  return { active, passed: [...new Set(timeline.passedActivityIds)].filter((id) => !active.includes(id)) }
}

export interface FlowEdge {
  id: string
  source: string
  target: string
}

/**
 * Sequence flows on the path taken: both ends were reached (passed or active). The engine keeps no
 * history of flows, so this is inferred from the activities.
 */
export function takenFlows(flows: readonly FlowEdge[], markers: FlowMarkers): string[] {
  const reached = new Set([...markers.active, ...markers.passed])
  return flows.filter((flow) => reached.has(flow.source) && reached.has(flow.target)).map((flow) => flow.id)
}
