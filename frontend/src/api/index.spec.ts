import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AxiosError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { ApiError, http, onUnauthorized, toApiError } from './index'

function httpError(status: number, data: unknown, config = {} as InternalAxiosRequestConfig): AxiosError {
  const response = { status, statusText: '', headers: {}, config, data } as AxiosResponse
  return new AxiosError(`Request failed with status code ${status}`, 'ERR_BAD_REQUEST', config, {}, response)
}

/** An adapter answering every request with the given HTTP error. */
const failWith =
  (status: number, data: unknown): AxiosAdapter =>
  (config) =>
    Promise.reject(httpError(status, data, config))

describe('toApiError', () => {
  it('keeps the Chinese message and the field errors of a 400 answer', () => {
    const error = toApiError(
      httpError(400, {
        status: 400,
        message: '备案信息不完整',
        fieldErrors: [
          { field: 'zoneContact.phone', message: '手机号格式不正确' },
          { field: 'keyTasks', message: '请至少选择一项重点任务' },
          { field: 'keyTasks', message: '重复的第二条' },
        ],
      }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.message).toBe('备案信息不完整')
    expect(error.fieldErrors).toEqual({
      'zoneContact.phone': '手机号格式不正确',
      keyTasks: '请至少选择一项重点任务',
    })
  })

  it('never passes on English or missing messages', () => {
    expect(toApiError(httpError(403, { error: 'Forbidden', message: 'Access Denied' })).message).toBe(
      '没有权限执行此操作',
    )
    expect(toApiError(httpError(404, '<html>Not Found</html>')).message).toBe('请求的内容不存在')
    expect(toApiError(httpError(409, undefined)).message).toBe('操作冲突，请刷新后重试')
    expect(toApiError(httpError(401, {})).message).toBe('登录已失效，请重新登录')
    expect(toApiError(httpError(503, { message: 'Service Unavailable' })).message).toBe('服务器错误，请稍后重试')
    expect(toApiError(httpError(422, null)).fieldErrors).toEqual({})
  })

  it('reports a request without an answer as a network error', () => {
    const error = toApiError(new AxiosError('Network Error', 'ERR_NETWORK'))
    expect(error.status).toBe(0)
    expect(error.message).toBe('网络异常，请稍后重试')
  })
})

describe('response interceptor', () => {
  let toast: ReturnType<typeof vi.spyOn>
  const unauthorized = vi.fn()

  beforeEach(() => {
    toast = vi.spyOn(ElMessage, 'error').mockImplementation(() => ({ close: () => {} }))
    onUnauthorized(unauthorized)
  })
  afterEach(() => {
    vi.restoreAllMocks()
    unauthorized.mockReset()
  })

  it('toasts the server message and rejects with an ApiError', async () => {
    const adapter = failWith(409, { status: 409, message: '该任务已被处理' })
    await expect(http.post('/api/tasks/1/complete', {}, { adapter })).rejects.toMatchObject({
      status: 409,
      message: '该任务已被处理',
    })
    expect(toast).toHaveBeenCalledWith('该任务已被处理')
    expect(unauthorized).not.toHaveBeenCalled()
  })

  it('sends the user to the login page on 401', async () => {
    await expect(http.get('/api/filings', { adapter: failWith(401, {}) })).rejects.toBeInstanceOf(ApiError)
    expect(unauthorized).toHaveBeenCalledOnce()
  })

  it('stays quiet for silent calls, which show the error themselves', async () => {
    const adapter = failWith(401, { status: 401, message: '用户名或密码错误' })
    await expect(http.post('/api/auth/login', {}, { adapter, silent: true })).rejects.toMatchObject({
      message: '用户名或密码错误',
    })
    expect(toast).not.toHaveBeenCalled()
    expect(unauthorized).not.toHaveBeenCalled()
  })

  it('says "network error" in Chinese when the server is unreachable', async () => {
    const adapter: AxiosAdapter = (config) =>
      Promise.reject(new AxiosError('Network Error', 'ERR_NETWORK', config, {}))
    await expect(http.get('/api/tasks', { adapter })).rejects.toMatchObject({ status: 0 })
    expect(toast).toHaveBeenCalledWith('网络异常，请稍后重试')
  })
})
