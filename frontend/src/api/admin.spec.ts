import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AxiosError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import {
  createOrg,
  createUser,
  downloadImportTemplate,
  filenameFromDisposition,
  http,
  importOrgs,
  listOrgs,
  listUsers,
  listAccounts,
  listAssignableRoles,
  assignRoles,
  queryParams,
  resetUserPassword,
  setOrgEnabled,
  setUserEnabled,
  toApiError,
  updateUser,
  uploadPercent,
} from './index'

describe('queryParams', () => {
  it('drops empty values, trims text and joins lists with commas', () => {
    expect(
      queryParams({ q: '  济南 ', type: ['ZONE', 'UNIVERSITY'], cityCode: '', enabled: false, orgId: undefined, role: null, page: 1 }),
    ).toEqual({ q: '济南', type: 'ZONE,UNIVERSITY', enabled: false, page: 1 })
    expect(queryParams({ q: '   ', type: [] })).toEqual({})
  })
})

describe('filenameFromDisposition', () => {
  const fallback = '高新区导入模板.xlsx'
  it('prefers the UTF-8 filename* parameter (as Spring writes it)', () => {
    const header =
      "attachment; filename=\"=?UTF-8?Q?=E9=AB=98=E6=A0=A1=E5=AF=BC=E5=85=A5=E6=A8=A1=E6=9D=BF.xlsx?=\"; filename*=UTF-8''%E9%AB%98%E6%A0%A1%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx"
    expect(filenameFromDisposition(header, fallback)).toBe('高校导入模板.xlsx')
  })
  it('takes a plain filename, quoted or not', () => {
    expect(filenameFromDisposition('attachment; filename="zones.xlsx"', fallback)).toBe('zones.xlsx')
    expect(filenameFromDisposition('attachment; filename=zones.xlsx', fallback)).toBe('zones.xlsx')
  })
  it('falls back to the Chinese default when there is no usable name', () => {
    expect(filenameFromDisposition(undefined, fallback)).toBe(fallback)
    expect(filenameFromDisposition('attachment', fallback)).toBe(fallback)
    expect(filenameFromDisposition('attachment; filename="=?UTF-8?Q?=E9=AB=98?="', fallback)).toBe(fallback)
    expect(filenameFromDisposition("attachment; filename*=UTF-8''%E9%AB", fallback)).toBe(fallback)
  })
})

describe('uploadPercent', () => {
  it('gives whole percent, using the file size when the total is unknown', () => {
    expect(uploadPercent(50, 200)).toBe(25)
    expect(uploadPercent(1, 3)).toBe(33)
    expect(uploadPercent(512, undefined, 1024)).toBe(50)
    expect(uploadPercent(10, 0)).toBe(0)
    expect(uploadPercent(300, 200)).toBe(100)
  })
})

describe('413 answers', () => {
  it('say in Chinese that the file is too large', () => {
    const config = {} as InternalAxiosRequestConfig
    const response = { status: 413, statusText: '', headers: {}, config, data: '' } as AxiosResponse
    expect(toApiError(new AxiosError('too large', 'ERR_BAD_REQUEST', config, {}, response)).message).toBe('上传的文件过大')
  })
})

describe('registry administration calls', () => {
  let requests: InternalAxiosRequestConfig[]
  let answer: (config: InternalAxiosRequestConfig) => Partial<AxiosResponse>
  const original = http.defaults.adapter

  beforeEach(() => {
    requests = []
    answer = () => ({ data: { total: 0, items: [] } })
    const adapter: AxiosAdapter = async (config) => {
      requests.push(config)
      return { status: 200, statusText: 'OK', headers: {}, config, ...answer(config) } as AxiosResponse
    }
    http.defaults.adapter = adapter
  })
  afterEach(() => {
    http.defaults.adapter = original
    vi.restoreAllMocks()
  })

  const last = () => requests[requests.length - 1]

  it('lists organisations of several types with server paging', async () => {
    await listOrgs({ q: 'gx', type: ['CITY_BUREAU', 'PROVINCE_ST'], cityCode: '', enabled: true, page: 2, size: 10 })
    expect(last().method).toBe('get')
    expect(last().url).toBe('/api/admin/orgs')
    expect(last().params).toEqual({ q: 'gx', type: 'CITY_BUREAU,PROVINCE_ST', enabled: true, page: 2, size: 10 })
  })

  it('creates, disables and enables organisations', async () => {
    answer = () => ({ status: 201, data: { id: 9 } })
    await createOrg({ type: 'ZONE', code: 'GX1', name: '区', cityCode: '370100', level: 'NATIONAL', parentId: null, industries: [], disciplines: [] })
    expect([last().method, last().url]).toEqual(['post', '/api/admin/orgs'])
    expect(JSON.parse(last().data as string)).toMatchObject({ type: 'ZONE', code: 'GX1', level: 'NATIONAL' })
    await setOrgEnabled(9, false)
    expect([last().method, last().url]).toEqual(['post', '/api/admin/orgs/9/disable'])
    await setOrgEnabled(9, true)
    expect(last().url).toBe('/api/admin/orgs/9/enable')
  })

  it('downloads the template as a blob named by the server', async () => {
    answer = () => ({
      data: new Blob(['PK']),
      headers: { 'content-disposition': "attachment; filename*=UTF-8''%E9%AB%98%E6%A0%A1%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx" },
    })
    const file = await downloadImportTemplate('UNIVERSITY', 'fallback.xlsx')
    expect(last().url).toBe('/api/admin/orgs/import-template')
    expect(last().params).toEqual({ type: 'UNIVERSITY' })
    expect(last().responseType).toBe('blob')
    expect(file.filename).toBe('高校导入模板.xlsx')
    expect(file.blob).toBeInstanceOf(Blob)
    answer = () => ({ data: new Blob(['PK']) })
    expect((await downloadImportTemplate('ZONE', '高新区导入模板.xlsx')).filename).toBe('高新区导入模板.xlsx')
  })

  it('uploads the import file as multipart part "file" and reports progress', async () => {
    const report = { total: 2, created: 1, updated: 0, rejected: [{ row: 3, code: 'X', reason: '所在城市代码“999999”不存在' }] }
    answer = (config) => {
      config.onUploadProgress?.({ loaded: 5, total: 10, bytes: 5, lengthComputable: true })
      return { data: report }
    }
    const progress: number[] = []
    const file = new File(['code,name\n'], 'u.csv', { type: 'text/csv' })
    await expect(importOrgs('UNIVERSITY', file, (value) => progress.push(value))).resolves.toEqual(report)
    expect([last().method, last().url]).toEqual(['post', '/api/admin/orgs/import'])
    expect(last().params).toEqual({ type: 'UNIVERSITY' })
    expect(last().data).toBeInstanceOf(FormData)
    expect((last().data as FormData).get('file')).toBeInstanceOf(File)
    expect(progress).toEqual([50])
  })

  it('lists, creates, updates, disables users and resets passwords', async () => {
    await listUsers({ q: '', orgId: 37, role: 'UNIVERSITY_OPERATOR', enabled: undefined, page: 1, size: 10 })
    expect(last().params).toEqual({ orgId: 37, role: 'UNIVERSITY_OPERATOR', page: 1, size: 10 })
    await createUser({ username: 'li', displayName: '李', orgId: 37, password: 'Pair@2026#x' })
    expect([last().method, last().url]).toEqual(['post', '/api/admin/users'])
    expect(JSON.parse(last().data as string)).toEqual({
      username: 'li',
      displayName: '李',
      orgId: 37,
      password: 'Pair@2026#x',
    })
    await updateUser(4, { displayName: '李', orgId: 37 })
    expect([last().method, last().url]).toEqual(['put', '/api/admin/users/4'])
    expect(JSON.parse(last().data as string)).not.toHaveProperty('username')
    await setUserEnabled(4, false)
    expect(last().url).toBe('/api/admin/users/4/disable')
    await resetUserPassword(4, 'Reset#2026')
    expect([last().method, last().url, JSON.parse(last().data as string)]).toEqual([
      'post',
      '/api/admin/users/4/reset-password',
      { password: 'Reset#2026' },
    ])
  })

  it('lists accounts and assigns roles as the security administrator', async () => {
    await listAccounts({ q: 'li', orgType: undefined, role: 'ZONE_OPERATOR', page: 1, size: 20 })
    expect([last().method, last().url, last().params]).toEqual([
      'get',
      '/api/security/users',
      { q: 'li', role: 'ZONE_OPERATOR', page: 1, size: 20 },
    ])
    await listAssignableRoles()
    expect(last().url).toBe('/api/security/roles')
    await assignRoles(4, ['UNIVERSITY_OPERATOR'])
    expect([last().method, last().url, JSON.parse(last().data as string)]).toEqual([
      'put',
      '/api/security/users/4/roles',
      { roles: ['UNIVERSITY_OPERATOR'] },
    ])
  })
})
