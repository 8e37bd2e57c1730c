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
export type Decision = 'APPROVE' | 'RETURN'
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
  filingId: number
  zoneName: string
  universityName: string
  cityName: string
  createdAt: string
  dueAt: string | null
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

export const listZones = (q = '') => http.get<ZoneOption[]>('/api/registry/zones', { params: { q } }).then(data)

/** Universities and units; with universityId only that university and its units. */
export const listSubjects = (q = '', universityId?: number) =>
  http.get<SubjectOption[]>('/api/registry/subjects', { params: { q, universityId } }).then(data)

export const listFilings = (query: FilingQuery) =>
  http.get<Page<FilingSummary>>('/api/filings', { params: query }).then(data)

export const getFiling = (id: number) => http.get<FilingDetail>(`/api/filings/${id}`).then(data)

export const createFiling = (form: FilingForm) => http.post<FilingDetail>('/api/filings', form).then(data)

export const updateFiling = (id: number, form: FilingForm) =>
  http.put<FilingDetail>(`/api/filings/${id}`, form).then(data)

export const submitFiling = (id: number, form: FilingForm) =>
  http.post<FilingDetail>(`/api/filings/${id}/submit`, form).then(data)

export const listAttachments = (filingId: number) =>
  http.get<Attachment[]>(`/api/filings/${filingId}/attachments`).then(data)

/**
 * Uploads one file (multipart part `file`, parameter `kind`). Silent: the caller shows the error next to the
 * upload; `onProgress` receives 0–100.
 */
export const uploadAttachment = (
  filingId: number,
  kind: AttachmentKind,
  file: File,
  onProgress: (percent: number) => void = () => {},
) => {
  const body = new FormData()
  body.append('kind', kind)
  body.append('file', file)
  return http
    .post<Attachment>(`/api/filings/${filingId}/attachments`, body, {
      silent: true,
      onUploadProgress: (event) => {
        if (event.total) onProgress(Math.min(100, Math.round((event.loaded * 100) / event.total)))
      },
    })
    .then(data)
}

export const deleteAttachment = (filingId: number, attachmentId: number) =>
  http.delete<void>(`/api/filings/${filingId}/attachments/${attachmentId}`).then(data)

export const listTasks = () => http.get<ReviewTask[]>('/api/tasks').then(data)

export const completeTask = (id: string, decision: Decision, opinion: string) =>
  http.post<FilingDetail>(`/api/tasks/${id}/complete`, { decision, opinion }).then(data)
