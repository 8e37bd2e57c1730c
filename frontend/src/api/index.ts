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

export interface Contact {
  name: string
  phone: string
  email: string
}

export interface FilingForm {
  universityId: number | null
  keyTasks: KeyTask[]
  startDate: string
  endDate: string
  zoneContact: Contact
  universityContact: Contact
}

export interface FilingSummary {
  id: number
  zoneName: string
  universityName: string
  cityName: string
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
  userName: string
  orgName: string
  time: string
}

export interface FilingDetail extends FilingForm {
  id: number
  zoneId: number
  zoneName: string
  universityName: string
  cityName: string
  status: FilingStatus
  statusLabel: string
  filingNo: string | null
  submittedAt: string | null
  approvedAt: string | null
  editable: boolean
  opinions: Opinion[]
  currentTasks: { id: string; name: string }[]
}

export interface Page<T> {
  total: number
  items: T[]
}

export interface FilingQuery {
  status?: FilingStatus
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
  http.post<CurrentUser>('/api/auth/login', { username, password }, { silent: true }).then(data)

export const logout = () => http.post<void>('/api/auth/logout').then(data)

export const fetchCurrentUser = () => http.get<CurrentUser>('/api/auth/me', { silent: true }).then(data)

export const listUniversities = (q = '') =>
  http.get<University[]>('/api/registry/universities', { params: { q } }).then(data)

export const listFilings = (query: FilingQuery) =>
  http.get<Page<FilingSummary>>('/api/filings', { params: query }).then(data)

export const getFiling = (id: number) => http.get<FilingDetail>(`/api/filings/${id}`).then(data)

export const createFiling = (form: FilingForm) => http.post<FilingDetail>('/api/filings', form).then(data)

export const updateFiling = (id: number, form: FilingForm) =>
  http.put<FilingDetail>(`/api/filings/${id}`, form).then(data)

export const submitFiling = (id: number, form: FilingForm) =>
  http.post<FilingDetail>(`/api/filings/${id}/submit`, form).then(data)

export const listTasks = () => http.get<ReviewTask[]>('/api/tasks').then(data)

export const completeTask = (id: string, decision: Decision, opinion: string) =>
  http.post<FilingDetail>(`/api/tasks/${id}/complete`, { decision, opinion }).then(data)

// ——— Full review process (flowui): withdrawal, timeline, process diagram, notifications ———

export type TaskFormKey = 'decision' | 'revise'

export type TimelineKind = 'EVENT' | 'STEP' | 'REMINDER' | 'END'
export type TimelineAction = 'SUBMIT' | 'RESUBMIT' | 'APPROVE' | 'RETURN' | 'REJECT' | 'WITHDRAW'

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
  userName: string | null
  orgName: string | null
}

export interface FilingTimeline {
  /** Null for a draft (no process yet). */
  processDefinitionId: string | null
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
