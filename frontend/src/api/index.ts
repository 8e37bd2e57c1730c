// The one typed client of the backend HTTP API (docs/api.md).
import axios, { type AxiosResponse } from 'axios'
import { messages } from '@/i18n/zh-CN'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** The caller shows the error itself: no toast, no redirect to the login page. */
    silent?: boolean
  }
}

export type Role = keyof typeof messages.roles
export type FilingStatus = keyof typeof messages.status
export type KeyTask = keyof typeof messages.keyTasks
export type Decision = 'APPROVE' | 'RETURN' | 'REJECT'
export type OrgType = keyof typeof messages.orgTypes
/** The organisation types the system administrator keeps (form and import); the others are seeded. */
export type ManagedOrgType = 'ZONE' | 'UNIVERSITY' | 'UNIT'
export type ZoneLevel = keyof typeof messages.zoneLevels
export type PlatformType = keyof typeof messages.platformTypes
export type AttachmentKind = keyof typeof messages.attachmentKinds
export type SubjectType = 'UNIVERSITY' | 'UNIT'

export interface CurrentUser {
  id: number
  username: string
  displayName: string
  orgId: number
  orgName: string
  orgType: string
  roles: Role[]
}

export interface University {
  id: number
  code: string
  name: string
  cityCode: string
  cityName: string
}

/** A zone for the filing form's picker (GET /api/registry/zones). */
export interface ZoneOption {
  id: number
  code: string
  name: string
  cityCode: string
  cityName: string
  level: 'NATIONAL' | 'PROVINCIAL' | null
  levelLabel: string | null
  industries: string[]
}

/** A university or a university's unit/team (GET /api/registry/subjects). */
export interface SubjectOption {
  id: number
  code: string
  name: string
  type: SubjectType
  typeLabel: string
  cityCode: string | null
  cityName: string | null
  parentId: number | null
  parentName: string | null
  disciplines: string[]
}

export interface Contact {
  name: string
  phone: string
  email: string
}

export interface Project {
  name: string
  field: string
  leadEnterprise: string
  /** 万元 */
  budgetWan: number | null
}

export interface Platform {
  type: PlatformType | ''
  name: string
  note: string
}

export interface Talent {
  vicePresidents: number
  industryProfessors: number
  secondments: number
  twoWayPostings: number
}

export interface FilingForm {
  /** Ignored for zone operators (their own zone). */
  zoneId: number | null
  /** The university-side subject: a university or a university's unit/team. */
  universityId: number | null
  keyTasks: KeyTask[]
  startDate: string
  endDate: string
  zoneContact: Contact
  universityContact: Contact
  zoneIndustries: string[]
  subjectDisciplines: string[]
  mechanismDecision: string
  mechanismProject: string
  mechanismTalent: string
  mechanismBenefit: string
  projects: Project[]
  platforms: Platform[]
  talent: Talent
  targets2026: string
  targets2028: string
  /** The version read with the filing; a save based on an older one is refused (409). */
  version: number | null
}

export interface Attachment {
  id: number
  kind: AttachmentKind
  kindLabel: string
  fileName: string
  contentType: string
  sizeBytes: number
  sha256: string
  uploadedByName: string
  uploadedAt: string
  downloadUrl: string
}

export interface FilingSummary {
  id: number
  zoneName: string
  universityName: string
  subjectType: SubjectType | null
  parentUniversityName: string | null
  cityName: string
  initiatorOrgId: number
  initiatorName: string
  status: FilingStatus
  statusLabel: string
  filingNo: string | null
  submittedAt: string | null
  updatedAt: string
}

export interface Opinion {
  stepName: string
  action: string
  actionLabel: string
  opinion: string | null
  /** The part of the form the opinion concerns; null: the filing as a whole. */
  section: FilingSection | null
  sectionLabel: string | null
  userName: string
  orgName: string
  time: string
}

export interface FilingDetail extends Omit<FilingForm, 'projects' | 'platforms' | 'version'> {
  id: number
  zoneId: number
  zoneName: string
  zoneLevel: string | null
  zoneLevelLabel: string | null
  universityName: string
  subjectType: SubjectType | null
  subjectTypeLabel: string | null
  parentUniversityId: number | null
  parentUniversityName: string | null
  initiatorOrgId: number
  initiatorName: string
  initiatorType: string
  cityName: string
  projects: (Omit<Project, 'budgetWan'> & { budgetWan: number | null })[]
  platforms: (Platform & { typeLabel: string })[]
  attachments: Attachment[]
  version: number
  status: FilingStatus
  statusLabel: string
  filingNo: string | null
  submittedAt: string | null
  approvedAt: string | null
  editable: boolean
  opinions: Opinion[]
  currentTasks: { id: string; name: string }[]
  /** Units/teams that joined through approved change filings (参与单位). */
  participants: Participant[]
}

export interface Participant {
  orgId: number
  name: string
  addedAt: string
}

export interface Page<T> {
  total: number
  items: T[]
}

export type FilingSort = 'submittedAt' | 'updatedAt' | 'filingNo' | 'status'
export type SortOrder = 'asc' | 'desc'

/** GET /api/filings: q matches the zone, the university/unit (or its university) and the filing number. */
export interface FilingListParams {
  q?: string
  status?: FilingStatus
  /** Year of submission (drafts: of creation). */
  year?: number
  sort?: FilingSort
  order?: SortOrder
  page: number
  size: number
}


export interface ReviewTask {
  id: string
  name: string
  taskKey: string
  /** `decision`: decided on the task page; `revise`: the initiator edits and resubmits the filing. */
  formKey: TaskFormKey
  /** The outcomes the step accepts (empty for `revise`). */
  decisions: Decision[]
  filingId: number
  zoneName: string
  universityName: string
  cityName: string
  createdAt: string
  dueAt: string | null
  overdue: boolean
  /** Username of whoever signed for the task (签收, or received it by 转办); null while it is open to the group. */
  assignee: string | null
  assigneeName: string | null
}

/** The processes whose tasks reach the lists. */
export type TaskProcess = 'FILING' | 'CHANGE' | 'TERMINATION' | 'ANNUAL_REPORT'

/** Filters and page of 已办 (GET /api/tasks/done); `q` searches filing number, zone, university and city. */
export interface DoneTaskQuery {
  taskKey?: string
  process?: TaskProcess
  q?: string
  page: number
  size: number
}

/** Filters and page of 待办 (GET /api/tasks); due dates `yyyy-MM-dd`, both inclusive. */
export interface TaskListQuery extends DoneTaskQuery {
  overdue?: boolean
  dueFrom?: string
  dueTo?: string
}

/** A step of the caller's open tasks under the other filters, with how many there are. */
export interface TaskStep {
  taskKey: string
  name: string
  count: number
}

/** A page of 待办: `total` and `overdue` count every matching task, not only this page's. */
export interface TaskPage extends Page<ReviewTask> {
  overdue: number
  steps: TaskStep[]
}

/** A task the caller completed (已办), with its filing and what the caller decided. */
export interface DoneTask {
  id: string
  name: string
  taskKey: string
  filingId: number | null
  zoneName: string | null
  universityName: string | null
  cityName: string | null
  filingStatus: FilingStatus | null
  filingStatusLabel: string | null
  filingNo: string | null
  createdAt: string
  endedAt: string
  action: TimelineAction | null
  actionLabel: string | null
  opinion: string | null
}

/** A person a task can be transferred (转办) or copied (抄送) to. */
export interface TaskPerson {
  id: number
  username: string
  displayName: string
  orgId: number
  orgName: string
}

export interface City {
  code: string
  name: string
}

/** An organisation as the registry administration shows it. */
export interface Org {
  id: number
  code: string
  name: string
  type: OrgType
  typeLabel: string
  cityCode: string | null
  cityName: string | null
  level: ZoneLevel | null
  levelLabel: string | null
  parentId: number | null
  parentCode: string | null
  parentName: string | null
  industries: string[]
  disciplines: string[]
  enabled: boolean
  /** False for the seeded city bureaus, provincial departments and the platform (read-only). */
  editable: boolean
  createdAt: string
  updatedAt: string
}

/** Create/update body of a zone, university or unit (the type cannot change after creation). */
export interface OrgForm {
  type: ManagedOrgType
  code: string
  name: string
  cityCode: string | null
  level: ZoneLevel | null
  parentId: number | null
  industries: string[]
  disciplines: string[]
}

export interface OrgQuery {
  /** Name or code contains. */
  q?: string
  type?: OrgType[]
  cityCode?: string
  enabled?: boolean
  parentId?: number
  page: number
  size: number
}

export interface ImportRejectedRow {
  /** Row number as the user sees it in the file (header = 1). */
  row: number
  code: string | null
  reason: string
}

export interface ImportReport {
  total: number
  created: number
  updated: number
  rejected: ImportRejectedRow[]
}

export interface RoleInfo {
  code: Role
  label: string
  /** Organisation types whose users may hold the role. */
  orgTypes: OrgType[]
  orgTypeLabels: string[]
}

export interface AdminUser {
  id: number
  username: string
  displayName: string
  orgId: number
  orgCode: string
  orgName: string
  orgType: OrgType
  orgTypeLabel: string
  orgEnabled: boolean
  roles: Role[]
  roleLabels: string[]
  enabled: boolean
  createdAt: string
  updatedAt: string
}

export interface UserQuery {
  /** Username or display name contains. */
  q?: string
  orgId?: number
  orgType?: OrgType
  role?: Role
  enabled?: boolean
  page: number
  size: number
}

/** An account's name and organisation (系统管理员); its roles are the security administrator's (三员分立). */
export interface UserUpdateForm {
  displayName: string
  orgId: number | null
}

export interface UserCreateForm extends UserUpdateForm {
  username: string
  password: string
}

/** A downloaded file and the name to save it under. */
export interface DownloadedFile {
  blob: Blob
  filename: string
}

/** Every failed call rejects with this: a Chinese message and the server's per-field messages. */
export class ApiError extends Error {
  constructor(
    /** HTTP status, 0 when the server was not reached. */
    readonly status: number,
    message: string,
    /** Field path (e.g. `zoneContact.phone`) → message; filled on 400 validation errors. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const CHINESE = /[\u4e00-\u9fff]/

function fallbackMessage(status: number): string {
  const { errors } = messages
  if (status === 401) return errors.unauthorized
  if (status === 403) return errors.forbidden
  if (status === 404) return errors.notFound
  if (status === 409) return errors.conflict
  if (status === 413) return errors.tooLarge
  if (status >= 500) return errors.server
  return errors.badRequest
}

interface ErrorBody {
  message?: unknown
  fieldErrors?: { field: string; message: string }[]
}

/** Maps any failure of an axios call to an ApiError whose messages are always Chinese. */
export function toApiError(error: unknown): ApiError {
  if (!axios.isAxiosError(error) || !error.response) {
    return new ApiError(0, messages.errors.network)
  }
  const { status, data } = error.response as AxiosResponse<ErrorBody | string | undefined>
  const body: ErrorBody = typeof data === 'object' && data !== null ? data : {}
  const message =
    typeof body.message === 'string' && CHINESE.test(body.message) ? body.message : fallbackMessage(status)
  const fieldErrors: Record<string, string> = {}
  for (const { field, message: fieldMessage } of body.fieldErrors ?? []) {
    fieldErrors[field] ??= fieldMessage
  }
  return new ApiError(status, message, fieldErrors)
}

// Same-origin only (baseURL ''): axios then copies the XSRF-TOKEN cookie into the X-XSRF-TOKEN header
// by itself (withXSRFToken left undefined means "same origin only"), and the session cookie goes along
// without withCredentials.
export const http = axios.create({
  baseURL: '',
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
})

let unauthorizedHandler: () => void = () => {}

/** Registers what to do when the session has ended (go to the login page). */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler
}

http.interceptors.response.use(undefined, (error: unknown) => {
  const apiError = toApiError(error)
  if (!(axios.isAxiosError(error) && error.config?.silent)) {
    ElMessage.error(apiError.message)
    if (apiError.status === 401) unauthorizedHandler()
  }
  return Promise.reject(apiError)
})

const data = <T>(response: AxiosResponse<T>): T => response.data

export const login = (username: string, password: string) =>
  http.post<LoginResult>('/api/auth/login', { username, password }, { silent: true }).then(data)

export const logout = () => http.post<void>('/api/auth/logout').then(data)

export const fetchCurrentUser = () => http.get<CurrentUser>('/api/auth/me', { silent: true }).then(data)

export const listUniversities = (q = '') =>
  http.get<University[]>('/api/registry/universities', { params: { q } }).then(data)

export const listZones = (q = '') => http.get<ZoneOption[]>('/api/registry/zones', { params: { q } }).then(data)

/** Universities and units; with universityId only that university and its units. */
export const listSubjects = (q = '', universityId?: number) =>
  http.get<SubjectOption[]>('/api/registry/subjects', { params: { q, universityId } }).then(data)

export const listFilings = (query: FilingListParams) =>
  http.get<Page<FilingSummary>>('/api/filings', { params: queryParams(query) }).then(data)

export const getFiling = (id: number) => http.get<FilingDetail>(`/api/filings/${id}`).then(data)

/** `silent`: the caller shows failures itself (autosave). */
export const createFiling = (form: FilingForm, silent = false) =>
  http.post<FilingDetail>('/api/filings', form, { silent }).then(data)

export const updateFiling = (id: number, form: FilingForm, silent = false) =>
  http.put<FilingDetail>(`/api/filings/${id}`, form, { silent }).then(data)

export const submitFiling = (id: number, form: FilingForm) =>
  http.post<FilingDetail>(`/api/filings/${id}/submit`, form).then(data)

export const listAttachments = (filingId: number) =>
  http.get<Attachment[]>(`/api/filings/${filingId}/attachments`).then(data)

/** Reports an upload's progress, 0–100. */
export type UploadProgress = (percent: number) => void

/**
 * Uploads one file (multipart part `file`, parameter `kind`) to an attachments address. Silent: the caller shows
 * the error next to the upload.
 */
function uploadTo(url: string, kind: AttachmentKind, file: File, onProgress: UploadProgress) {
  const body = new FormData()
  body.append('kind', kind)
  body.append('file', file)
  return http
    .post<Attachment>(url, body, {
      silent: true,
      onUploadProgress: (event) => {
        if (event.total) onProgress(Math.min(100, Math.round((event.loaded * 100) / event.total)))
      },
    })
    .then(data)
}

export const uploadAttachment = (
  filingId: number,
  kind: AttachmentKind,
  file: File,
  onProgress: UploadProgress = () => {},
) => uploadTo(`/api/filings/${filingId}/attachments`, kind, file, onProgress)

/** An attachment's bytes for the preview in the page (drawn by the page itself); silent, the preview shows the failure. */
export const fetchAttachmentBlob = (downloadUrl: string) =>
  http.get<Blob>(downloadUrl, { responseType: 'blob', silent: true }).then(data)

export const deleteAttachment = (filingId: number, attachmentId: number) =>
  http.delete<void>(`/api/filings/${filingId}/attachments/${attachmentId}`).then(data)

/** 待办: a page of the open tasks offered to the caller, oldest first, with the counts and the steps to filter by. */
export const listTasks = (query: TaskListQuery) =>
  http.get<TaskPage>('/api/tasks', { params: queryParams(query) }).then(data)

/** One open task offered to the caller; 403/404/409 when it is not (anymore). `silent`: the caller shows that. */
export const getTask = (id: string, silent = false) =>
  http.get<ReviewTask>(`/api/tasks/${encodeURIComponent(id)}`, { silent }).then(data)

/** `section`: the part of the form the opinion concerns (optional). */
export const completeTask = (id: string, decision: Decision, opinion: string, section: FilingSection | null = null) =>
  http.post<FilingDetail>(`/api/tasks/${id}/complete`, { decision, opinion, section }).then(data)

/** 已办: tasks the caller completed, newest first. */
export const listDoneTasks = (query: DoneTaskQuery) =>
  http.get<Page<DoneTask>>('/api/tasks/done', { params: queryParams(query) }).then(data)

const taskUrl = (id: string, action: string) => `/api/tasks/${encodeURIComponent(id)}/${action}`

export const claimTask = (id: string) => http.post<ReviewTask>(taskUrl(id, 'claim')).then(data)

export const unclaimTask = (id: string) => http.post<ReviewTask>(taskUrl(id, 'unclaim')).then(data)

/** Colleagues of the caller's organisation who may handle the task (转办 targets). */
export const listTaskColleagues = (id: string) => http.get<TaskPerson[]>(taskUrl(id, 'colleagues')).then(data)

export const transferTask = (id: string, toUserId: number, reason: string) =>
  http.post<ReviewTask>(taskUrl(id, 'transfer'), { toUserId, reason }).then(data)

/** People who may be copied (抄送): the caller's organisation, the filing's parties, the provincial departments. */
export const listCcCandidates = (id: string) => http.get<TaskPerson[]>(taskUrl(id, 'cc-candidates')).then(data)

export const ccTask = (id: string, userIds: number[], note: string) =>
  http.post<void>(taskUrl(id, 'cc'), { userIds, note }).then(data)

// ---- registry administration (系统管理员) ----

/** Query parameters without empty values; lists as one comma-separated value (`type=ZONE,UNIVERSITY`). */
export function queryParams(query: object): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length) params[key] = value.join(',')
    } else if (typeof value === 'string') {
      const trimmed = value.trim()
      if (trimmed) params[key] = trimmed
    } else {
      params[key] = value as number | boolean
    }
  }
  return params
}

/**
 * The file name of a `Content-Disposition` header: `filename*=UTF-8''…` first, then a plain `filename="…"`
 * (an RFC 2047 encoded-word there is not a usable name); `fallback` when neither is usable.
 */
export function filenameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended) {
    try {
      const name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))
      if (name) return name
    } catch {
      // malformed percent-encoding: try the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header)
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim()
  return name && !name.startsWith('=?') ? name : fallback
}

/** Upload progress in whole percent (0–100); `total` may be unknown (0/undefined) → `fallbackTotal`. */
export function uploadPercent(loaded: number, total: number | undefined, fallbackTotal = 0): number {
  const whole = total || fallbackTotal
  if (!whole) return 0
  return Math.max(0, Math.min(100, Math.round((loaded * 100) / whole)))
}

export const listCities = () => http.get<City[]>('/api/admin/cities').then(data)

export const listOrgs = (query: OrgQuery) =>
  http.get<Page<Org>>('/api/admin/orgs', { params: queryParams(query) }).then(data)

export const getOrg = (id: number) => http.get<Org>(`/api/admin/orgs/${id}`).then(data)

export const createOrg = (form: OrgForm) => http.post<Org>('/api/admin/orgs', form).then(data)

export const updateOrg = (id: number, form: OrgForm) => http.put<Org>(`/api/admin/orgs/${id}`, form).then(data)

export const setOrgEnabled = (id: number, enabled: boolean) =>
  http.post<Org>(`/api/admin/orgs/${id}/${enabled ? 'enable' : 'disable'}`).then(data)

/** The `.xlsx` import template of a type; the name comes from the server, else `fallbackName`. */
export const downloadImportTemplate = (type: ManagedOrgType, fallbackName: string) =>
  http
    .get<Blob>('/api/admin/orgs/import-template', { params: { type }, responseType: 'blob' })
    .then(
      (response): DownloadedFile => ({
        blob: response.data,
        filename: filenameFromDisposition(response.headers['content-disposition'] as string | undefined, fallbackName),
      }),
    )

/** Uploads a CSV/Excel file of organisations; `onProgress` gets whole percent of the upload. */
export const importOrgs = (type: ManagedOrgType, file: File, onProgress?: (percent: number) => void) => {
  const body = new FormData()
  body.append('file', file)
  return http
    .post<ImportReport>('/api/admin/orgs/import', body, {
      params: { type },
      onUploadProgress: (event) => onProgress?.(uploadPercent(event.loaded, event.total, file.size)),
    })
    .then(data)
}

export const listRoles = () => http.get<RoleInfo[]>('/api/admin/roles').then(data)

export const listUsers = (query: UserQuery) =>
  http.get<Page<AdminUser>>('/api/admin/users', { params: queryParams(query) }).then(data)

export const createUser = (form: UserCreateForm) => http.post<AdminUser>('/api/admin/users', form).then(data)

export const updateUser = (id: number, form: UserUpdateForm) =>
  http.put<AdminUser>(`/api/admin/users/${id}`, form).then(data)

export const setUserEnabled = (id: number, enabled: boolean) =>
  http.post<AdminUser>(`/api/admin/users/${id}/${enabled ? 'enable' : 'disable'}`).then(data)

export const resetUserPassword = (id: number, password: string) =>
  http.post<void>(`/api/admin/users/${id}/reset-password`, { password }).then(data)

/** 角色管理 (安全管理员): the accounts with their roles, and the roles one account is to hold from now on. */
export type AccountQuery = Pick<UserQuery, 'q' | 'orgType' | 'role' | 'page' | 'size'>

export const listAssignableRoles = () => http.get<RoleInfo[]>('/api/security/roles').then(data)

export const listAccounts = (query: AccountQuery) =>
  http.get<Page<AdminUser>>('/api/security/users', { params: queryParams(query) }).then(data)

export const assignRoles = (id: number, roles: Role[]) =>
  http.put<AdminUser>(`/api/security/users/${id}/roles`, { roles }).then(data)

// ——— Full review process (flowui): withdrawal, timeline, process diagram, notifications ———

/** `reviseChange`: the applicant revises its change filing; `annualReport`: the zone fills or revises its annual report. */
export type TaskFormKey = 'decision' | 'revise' | 'reviseChange' | 'annualReport'

export type TimelineKind = 'EVENT' | 'STEP' | 'REMINDER' | 'END'
export type TimelineAction = 'SUBMIT' | 'RESUBMIT' | 'APPROVE' | 'RETURN' | 'REJECT' | 'WITHDRAW' | 'TRANSFER' | 'CC'

/** One line of a filing's audit trail (GET /api/filings/{id}/timeline). */
export interface TimelineEntry {
  /** EVENT: submit/withdraw; STEP: a user task; REMINDER: an overdue reminder (催办); END: an end event. */
  kind: TimelineKind
  /** BPMN activity id (null for EVENT). */
  activityId: string | null
  stepName: string
  startedAt: string
  /** Null while the step is open. */
  endedAt: string | null
  dueAt: string | null
  overdue: boolean
  action: TimelineAction | null
  actionLabel: string | null
  opinion: string | null
  section: FilingSection | null
  sectionLabel: string | null
  userName: string | null
  orgName: string | null
}

export interface FilingTimeline {
  /** Null for a draft (no process yet). */
  processDefinitionId: string | null
  activeActivityIds: string[]
  passedActivityIds: string[]
  entries: TimelineEntry[]
  /** After approval: the pairing's change filings and termination requests, oldest first, each its own process. */
  followUps: FollowUp[]
}

export type FollowUpKind = 'CHANGE' | 'TERMINATION'

export interface FollowUp {
  kind: FollowUpKind
  /** The change's or the termination request's id. */
  id: number
  /** 第N次, counted per kind. */
  no: number
  /** A ChangeStatus or TerminationStatus, by kind. */
  status: string
  processDefinitionId: string
  activeActivityIds: string[]
  passedActivityIds: string[]
  entries: TimelineEntry[]
}

export interface AppNotification {
  id: number
  title: string
  filingId: number | null
  taskId: string | null
  createdAt: string
  read: boolean
}

export interface NotificationPage {
  total: number
  unread: number
  items: AppNotification[]
}

export interface NotificationQuery {
  unreadOnly: boolean
  page: number
  size: number
}

export const withdrawFiling = (id: number, reason: string) =>
  http.post<FilingDetail>(`/api/filings/${id}/withdraw`, { reason }).then(data)

export const getFilingTimeline = (id: number) =>
  http.get<FilingTimeline>(`/api/filings/${id}/timeline`).then(data)

/** The deployed BPMN 2.0 XML of a process definition (for the diagram). */
export const getProcessXml = (processDefinitionId: string) =>
  http
    .get<string>(`/api/process-definitions/${encodeURIComponent(processDefinitionId)}/xml`, {
      responseType: 'text',
      headers: { Accept: 'application/xml' },
    })
    .then(data)

export const listNotifications = (query: NotificationQuery) =>
  http.get<NotificationPage>('/api/notifications', { params: query }).then(data)

/** Polled in the background: a failure stays quiet (no toast, no redirect). */
export const fetchUnreadCount = () =>
  http
    .get<{ unread: number }>('/api/notifications/unread-count', { silent: true })
    .then((response) => response.data.unread)

export const markNotificationRead = (id: number) => http.post<void>(`/api/notifications/${id}/read`).then(data)

export const markAllNotificationsRead = () => http.post<void>('/api/notifications/read-all').then(data)

// --- matchmaking (结对推荐) ---

export type ReasonKind = 'FIT' | 'SAME_CITY' | 'NEIGHBOUR_CITY' | 'LOAD'

/** One line of a suggestion's explanation; `points` is negative for the load penalty. */
export interface MatchReason {
  kind: ReasonKind
  text: string
  points: number
}

/** A university or unit/team suggested to a zone, best first; `score` is the sum of the reasons' points. */
export interface Suggestion extends SubjectOption {
  score: number
  reasons: MatchReason[]
}

export interface ZoneSuggestions {
  zoneId: number
  zoneCode: string
  zoneName: string
  cityCode: string | null
  cityName: string | null
  levelLabel: string | null
  industries: string[]
  /** The zone already has an active approved pairing. */
  paired: boolean
  suggestions: Suggestion[]
}

/** A row of the industry → discipline mapping (系统管理员). */
export interface IndustryDiscipline {
  id: number
  industry: string
  discipline: string
  createdAt: string
}

export interface MappingTerms {
  industries: string[]
  disciplines: string[]
  unmappedIndustries: string[]
}

/** The address of the unpaired zones' .xlsx (a plain link: the browser saves it under the server's name). */
export const UNPAIRED_EXPORT_URL = '/api/matchmaking/unpaired/export'

/** Silent: the wizard shows its panel without suggestions rather than a toast when this fails. */
export const getZoneSuggestions = (zoneId: number, limit = 10, silent = false) =>
  http.get<ZoneSuggestions>(`/api/matchmaking/zones/${zoneId}/suggestions`, { params: { limit }, silent }).then(data)

export const listUnpairedSuggestions = () => http.get<ZoneSuggestions[]>('/api/matchmaking/unpaired').then(data)

export const listIndustryDisciplines = () =>
  http.get<IndustryDiscipline[]>('/api/admin/industry-disciplines').then(data)

export const getMappingTerms = () => http.get<MappingTerms>('/api/admin/industry-disciplines/terms').then(data)

export const createIndustryDiscipline = (industry: string, discipline: string) =>
  http.post<IndustryDiscipline>('/api/admin/industry-disciplines', { industry, discipline }).then(data)

export const deleteIndustryDiscipline = (id: number) =>
  http.delete<void>(`/api/admin/industry-disciplines/${id}`).then(data)

// --- security (sign-in steps, security settings, audit trail) ---

/** The step a sign-in still needs, or null when it is complete (then the user's fields are present). */
export type LoginStep = 'PASSWORD_CHANGE' | 'TOTP_ENROL' | 'TOTP'
export type LoginResult = Partial<CurrentUser> & { next: LoginStep | null }

export const changePassword = (oldPassword: string, newPassword: string) =>
  http.post<LoginResult>('/api/auth/password', { oldPassword, newPassword }, { silent: true }).then(data)

export interface TotpSetup {
  secret: string
  uri: string
  qrDataUri: string
}

export const setupTotp = () => http.post<TotpSetup>('/api/auth/totp/setup').then(data)

export const enrolTotp = (code: string) =>
  http.post<LoginResult>('/api/auth/totp/enrol', { code }, { silent: true }).then(data)

export const verifyTotp = (code: string) =>
  http.post<LoginResult>('/api/auth/totp/verify', { code }, { silent: true }).then(data)

/** Security settings (安全管理员): the roles whose accounts must sign in with a TOTP second factor. */
export interface SecuritySettings {
  totpRequiredRoles: Role[]
}

export const getSecuritySettings = () => http.get<SecuritySettings>('/api/security/settings').then(data)

export const updateSecuritySettings = (settings: SecuritySettings) =>
  http.put<SecuritySettings>('/api/security/settings', settings).then(data)

export type AuditResult = 'SUCCESS' | 'FAILURE' | 'DENIED'

export interface AuditEntry {
  seq: number
  occurredAt: string
  username: string | null
  orgName: string | null
  ip: string | null
  event: string
  eventLabel: string
  result: AuditResult
  resultLabel: string
  target: string | null
  detail: string | null
}

export interface AuditQuery {
  from?: string
  to?: string
  username?: string
  event?: string
  result?: AuditResult
}

export interface AuditVerification {
  ok: boolean
  checked: number
  firstBrokenSeq: number | null
  reason: string | null
}

export const listAuditEventTypes = () =>
  http.get<{ code: string; label: string }[]>('/api/audit/event-types').then(data)

export const searchAudit = (query: AuditQuery, page: number, size: number) =>
  http.get<Page<AuditEntry>>('/api/audit/events', { params: { ...query, page, size } }).then(data)

/** The export is a plain download (the browser saves the .xlsx). */
export const auditExportUrl = (query: AuditQuery) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value))
  return `/api/audit/events/export?${params}`
}

export const verifyAudit = () => http.post<AuditVerification>('/api/audit/verify').then(data)

// --- opinions by section (issue 4) ---

/** The parts of the filing form a reviewer's opinion may concern: the steps of the form. */
export const FILING_SECTIONS = ['PARTIES', 'CONTENT', 'PROJECTS', 'TARGETS', 'ATTACHMENTS'] as const
export type FilingSection = (typeof FILING_SECTIONS)[number]
// --- monitoring (省级监测, docs/monitoring.md) ---

/** Zones and covered zones of the whole scope, one city or one level; rate and gap are fractions 0–1. */
export interface CoverageGroup {
  code: string | null
  name: string
  zones: number
  covered: number
  uncovered: number
  rate: number
  gap: number
}

export interface Coverage {
  asOf: string
  targetDate: string
  daysLeft: number
  overall: CoverageGroup
  byCity: CoverageGroup[]
  byLevel: CoverageGroup[]
  universities: number
}

export interface UnpairedZone {
  id: number
  name: string
  cityCode: string
  cityName: string
  zoneLevel: string | null
  zoneLevelLabel: string | null
  inProgress: number
}

export interface ParticipatingUniversity {
  id: number
  name: string
  cityCode: string | null
  cityName: string | null
  zones: number
  pairings: number
}

export interface LiveStep {
  step: string
  name: string
  openTasks: number
  overdue: number
}

export interface Pipeline {
  processDefinitionId: string | null
  statuses: { status: FilingStatus; label: string; filings: number }[]
  steps: LiveStep[]
  openTasks: number
  overdueTasks: number
}

export interface SpeedFigures {
  code: string | null
  name: string
  approved: number
  meanHours: number | null
  medianHours: number | null
  p90Hours: number | null
  filings: number
  returnRounds: number
  returnedFilings: number
  returnsPerFiling: number
  overdueSteps: number
}

export interface StepFigure {
  step: string
  name: string
  completed: number
  meanHours: number | null
  openTasks: number
  overdue: number
}

export interface Speed {
  year: number | null
  overall: SpeedFigures
  byCity: SpeedFigures[]
  steps: StepFigure[]
  weekly: { weekStart: string; approvals: number }[]
}

export type ResultGroup = 'zone' | 'city' | 'university'

/** Sums of the annual reports of one group and year that the city has passed. */
export interface ReportedFigures {
  projectsStarted: number
  projectsFinished: number
  breakthroughs: number
  transfers: number
  contractValueWan: number
  scenarios: number
  platformsBuilt: number
  vicePresidents: number
  industryProfessors: number
  fundingWan: number
}

export interface ResultFigure {
  id: number | null
  code: string | null
  name: string
  cityName: string | null
  pairings: number
  plannedProjects: number
  plannedBudgetWan: number
  plannedPlatforms: number
  plannedPeople: number
  /** Passed reports of the year. */
  reports: number
  /** null when the group has no passed report of the year. */
  reported: ReportedFigures | null
}

/** The annual reports of a year in the scope. */
export interface ReportCounts {
  due: number
  submitted: number
  approved: number
  overdue: number
}

export interface Results {
  by: ResultGroup
  year: number
  /** Years with reports in the scope, latest first. */
  years: number[]
  reportsAvailable: boolean
  reports: ReportCounts
  rows: ResultFigure[]
}

/** Which reports stand behind a results number (GET /api/metrics/results/reports). */
export type ReportDrillState = 'DUE' | 'SUBMITTED' | 'APPROVED' | 'OVERDUE'

export interface ReportDrillParams {
  year: number
  state?: ReportDrillState
  zoneId?: number
  universityId?: number
}


export type DrillKind = 'COVERED' | 'IN_PROGRESS' | 'STATUS' | 'STEP' | 'APPROVED' | 'RETURNED' | 'OVERDUE'

/** Which filings stand behind a number (GET /api/metrics/filings). */
export interface DrillParams {
  kind: DrillKind
  status?: FilingStatus
  step?: string
  overdue?: boolean
  from?: string
  to?: string
  level?: string
  zoneId?: number
  universityId?: number
}

export interface DrillItem {
  id: number
  filingNo: string | null
  status: FilingStatus
  statusLabel: string
  zoneName: string
  cityName: string | null
  zoneLevelLabel: string | null
  subjectName: string | null
  parentUniversityName: string | null
  startDate: string | null
  endDate: string | null
  submittedAt: string | null
  approvedAt: string | null
}

export type MetricsTable =
  | 'coverage-city'
  | 'coverage-level'
  | 'unpaired'
  | 'universities'
  | 'pipeline-status'
  | 'pipeline-steps'
  | 'speed-city'
  | 'speed-steps'
  | 'weekly'
  | 'results'
  | 'results-reports'
  | 'filings'

/** `city` narrows the figures (province roles); others get their own scope whatever they send. */
export interface MetricsScopeParams {
  city?: string
}

const metricsGet = <T>(path: string, params: object) =>
  http.get<T>(`/api/metrics${path}`, { params: queryParams(params) }).then(data)

export const getCoverage = (scope: MetricsScopeParams) => metricsGet<Coverage>('/coverage', scope)

export const listUnpairedZones = (scope: MetricsScopeParams, level?: string) =>
  metricsGet<UnpairedZone[]>('/coverage/unpaired', { ...scope, level })

export const listParticipatingUniversities = (scope: MetricsScopeParams) =>
  metricsGet<ParticipatingUniversity[]>('/coverage/universities', scope)

export const getPipeline = (scope: MetricsScopeParams) => metricsGet<Pipeline>('/pipeline', scope)

export const getSpeed = (scope: MetricsScopeParams, year?: number) => metricsGet<Speed>('/speed', { ...scope, year })

/** `year` undefined: the latest year with reports. */
export const getResults = (scope: MetricsScopeParams, by: ResultGroup, year?: number) =>
  metricsGet<Results>('/results', { ...scope, by, year })

export const drillResultReports = (scope: MetricsScopeParams, drill: ReportDrillParams, page: number, size: number) =>
  metricsGet<Page<AnnualReport>>('/results/reports', { ...scope, ...drill, page, size })

export const drillFilings = (scope: MetricsScopeParams, drill: DrillParams, page: number, size: number) =>
  metricsGet<Page<DrillItem>>('/filings', { ...scope, ...drill, page, size })

/** One dashboard table as .xlsx; `params` are those of the table's own query. */
export const exportMetrics = (table: MetricsTable, params: object, fallbackName: string) =>
  http
    .get<Blob>('/api/metrics/export', { params: queryParams({ ...params, table }), responseType: 'blob' })
    .then(
      (response): DownloadedFile => ({
        blob: response.data,
        filename: filenameFromDisposition(response.headers['content-disposition'] as string | undefined, fallbackName),
      }),
    )

// --- qualification (policy scope, certificate, public verification and list) ---

export type QualificationState = 'ACTIVE' | 'EXPIRED' | 'TERMINATED'

export interface SupportMeasure {
  code: string
  seq: number
  title: string
  departments: string
}

export interface Qualification {
  filingId: number
  filingNo: string
  state: QualificationState
  stateLabel: string
  activeFrom: string
  activeUntil: string
  terminatedOn: string | null
  /** Version of the DMN table support-measures that chose the measures. */
  decisionVersion: number
  /** As printed on the certificate: groups of four. */
  verificationCode: string
  measures: SupportMeasure[]
}

/** Only non-personal fields; all null except `valid` when the code is not valid. */
export interface CertificateVerification {
  valid: boolean
  filingNo: string | null
  zoneName: string | null
  cityName: string | null
  subjectName: string | null
  parentUniversityName: string | null
  approvedOn: string | null
  startDate: string | null
  endDate: string | null
  state: QualificationState | null
  stateLabel: string | null
}

export interface PublicPairing {
  filingNo: string
  zoneName: string
  zoneLevelLabel: string | null
  cityCode: string
  cityName: string
  subjectName: string
  parentUniversityName: string | null
  approvedOn: string
  startDate: string
  endDate: string
}

export interface PublicPairingQuery {
  city?: string
  page: number
  size: number
}

export const getQualification = (filingId: number) =>
  http.get<Qualification>(`/api/filings/${filingId}/qualification`).then(data)

/** The certificate PDF (备案证明); the name comes from the server, else `fallbackName`. */
export const downloadCertificate = (filingId: number, fallbackName: string) =>
  http.get<Blob>(`/api/filings/${filingId}/certificate`, { responseType: 'blob' }).then(
    (response): DownloadedFile => ({
      blob: response.data,
      filename: filenameFromDisposition(response.headers['content-disposition'] as string | undefined, fallbackName),
    }),
  )

/** Public, no login: checks a certificate's verification code. */
export const verifyCertificate = (code: string) =>
  http.get<CertificateVerification>('/api/public/certificates/verify', { params: { code } }).then(data)

/** Public, no login: approved pairings with an active qualification (公示). */
export const listPublicPairings = (query: PublicPairingQuery) =>
  http.get<Page<PublicPairing>>('/api/public/pairings', { params: queryParams(query) }).then(data)

/** Public, no login: the cities, for the public list's filter. */
export const listPublicCities = () => http.get<City[]>('/api/public/cities').then(data)

export type TerminationStatus = 'PENDING' | 'CONFIRMED' | 'REFUSED'

export interface TerminationRequest {
  id: number
  status: TerminationStatus
  statusLabel: string
  applicantOrgName: string
  reason: string
  createdAt: string
  decidedAt: string | null
}

export interface Terminations {
  /** The caller is an operator of one party, the qualification is active and nothing is pending. */
  canApply: boolean
  items: TerminationRequest[]
}

export const listTerminations = (filingId: number) =>
  http.get<Terminations>(`/api/filings/${filingId}/terminations`).then(data)

/** 终止结对: starts the province's confirmation. */
export const applyForTermination = (filingId: number, reason: string) =>
  http.post<TerminationRequest>(`/api/filings/${filingId}/terminations`, { reason }).then(data)

// --- change filing (变更备案) ---

export type ChangeStatus = keyof typeof messages.changeStatus

/** One field a change alters, in Chinese, with its text before and after (lists one item a line). */
export interface FieldChange {
  /** Its path in the filing form, e.g. `zoneContact.phone`. */
  field: string
  label: string
  before: string
  after: string
}

export interface ChangeUnit {
  id: number
  name: string
}

export interface ChangeSummary {
  id: number
  /** 第N次变更. */
  no: number
  status: ChangeStatus
  statusLabel: string
  applicantOrgName: string
  reason: string | null
  createdAt: string
  submittedAt: string | null
  decidedAt: string | null
  addedUnits: ChangeUnit[]
  changes: FieldChange[]
}

export interface Changes {
  /** The caller is an operator of one party, the pairing is active, nothing is open or pending. */
  canApply: boolean
  items: ChangeSummary[]
}

export interface ChangeDetail extends ChangeSummary {
  filingId: number
  applicantOrgId: number
  /** The proposed version, shaped like the filing form (its zone and subject are the filing's); may hold nulls. */
  content: FilingForm
  attachments: Attachment[]
  version: number
  editable: boolean
  withdrawable: boolean
  discardable: boolean
}

/** What the change form sends; errors name `content.<filing form path>`, `addedUnitIds[i]`, `reason`. */
export interface ChangeForm {
  content: FilingForm
  addedUnitIds: number[]
  reason: string
  version: number | null
}

const changesUrl = (filingId: number) => `/api/filings/${filingId}/changes`

export const listChanges = (filingId: number) => http.get<Changes>(changesUrl(filingId)).then(data)

/** The pairing's change not decided yet; silent, null when there is none the caller may see. */
export const getOpenChange = (filingId: number) =>
  http
    .get<ChangeDetail>(`${changesUrl(filingId)}/open`, { silent: true })
    .then(data)
    .catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 404) return null
      throw e
    })

export const createChange = (filingId: number, form: ChangeForm) =>
  http.post<ChangeDetail>(changesUrl(filingId), form).then(data)

export const updateChange = (filingId: number, changeId: number, form: ChangeForm) =>
  http.put<ChangeDetail>(`${changesUrl(filingId)}/${changeId}`, form).then(data)

export const submitChange = (filingId: number, changeId: number, form: ChangeForm) =>
  http.post<ChangeDetail>(`${changesUrl(filingId)}/${changeId}/submit`, form).then(data)

export const withdrawChange = (filingId: number, changeId: number, reason: string) =>
  http.post<ChangeDetail>(`${changesUrl(filingId)}/${changeId}/withdraw`, { reason }).then(data)

export const discardChange = (filingId: number, changeId: number) =>
  http.delete<void>(`${changesUrl(filingId)}/${changeId}`).then(data)

export const uploadChangeAttachment = (
  filingId: number,
  changeId: number,
  kind: AttachmentKind,
  file: File,
  onProgress: UploadProgress = () => {},
) => uploadTo(`${changesUrl(filingId)}/${changeId}/attachments`, kind, file, onProgress)

export const deleteChangeAttachment = (filingId: number, changeId: number, attachmentId: number) =>
  http.delete<void>(`${changesUrl(filingId)}/${changeId}/attachments/${attachmentId}`).then(data)

// --- annual results reports (年度成效报告) ---

export type ReportStatus = keyof typeof messages.reportStatus

/** The figures of one year and the narrative; a draft may leave any empty (null). */
export interface AnnualReportForm {
  projectsStarted: number | null
  projectsFinished: number | null
  breakthroughs: number | null
  transfers: number | null
  /** 万元 */
  contractValueWan: number | null
  scenarios: number | null
  platformsBuilt: number | null
  vicePresidents: number | null
  industryProfessors: number | null
  /** 万元 */
  fundingWan: number | null
  narrative: string
  /** The version read with the report; a save based on an older one is refused (409). */
  version: number | null
}

export interface AnnualReport extends Omit<AnnualReportForm, 'narrative' | 'version'> {
  id: number
  filingId: number
  filingNo: string | null
  zoneName: string
  cityName: string | null
  universityName: string | null
  parentUniversityName: string | null
  year: number
  status: ReportStatus
  statusLabel: string
  openedAt: string
  dueAt: string
  /** Not submitted by the due date (still open after it, or first submitted later). */
  overdue: boolean
  firstSubmittedAt: string | null
  submittedAt: string | null
  approvedAt: string | null
  returnCount: number
  /** The city's latest opinion when it returned the report. */
  reviewOpinion: string | null
  narrative: string | null
  version: number
  /** The caller (the zone's operator) may fill it now. */
  editable: boolean
}

export interface ReportListParams {
  year?: number
  status?: ReportStatus
  overdue?: boolean
  q?: string
  page: number
  size: number
}

export const listAnnualReports = (params: ReportListParams) =>
  http.get<Page<AnnualReport>>('/api/annual-reports', { params: queryParams(params) }).then(data)

export const getAnnualReport = (id: number) => http.get<AnnualReport>(`/api/annual-reports/${id}`).then(data)

/** A draft save (formats are checked, empty fields allowed). */
export const saveAnnualReport = (id: number, form: AnnualReportForm) =>
  http.put<AnnualReport>(`/api/annual-reports/${id}`, form).then(data)

/** Submits the complete report to the city. */
export const submitAnnualReport = (id: number, form: AnnualReportForm) =>
  http.post<AnnualReport>(`/api/annual-reports/${id}/submit`, form).then(data)

/** The reports of one pairing, newest year first. */
export const listFilingReports = (filingId: number) =>
  http.get<AnnualReport[]>(`/api/filings/${filingId}/annual-reports`).then(data)
