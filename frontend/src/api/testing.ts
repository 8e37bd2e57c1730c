// Spec helper: swaps the axios adapter of `http` for one that records each request and answers with `reply`.
import { afterEach, beforeEach } from 'vitest'
import type { AxiosAdapter, AxiosRequestConfig, AxiosResponse, InternalAxiosRequestConfig } from 'axios'
import { http } from './index'

export interface CapturedHttp {
  /** The requests sent since the current test began. */
  sent: InternalAxiosRequestConfig[]
  /** The response body the next requests get. */
  reply: unknown
  /** The request sent last. */
  last: () => InternalAxiosRequestConfig
}

/** The JSON body a request sent. */
export const body = (config: AxiosRequestConfig) =>
  typeof config.data === 'string' ? JSON.parse(config.data) : config.data

/** Installs the capturing adapter around every test of the calling spec file. */
export function captureHttp(): CapturedHttp {
  const originalAdapter = http.defaults.adapter
  const state: CapturedHttp = {
    sent: [],
    reply: {},
    last: () => state.sent[state.sent.length - 1],
  }
  const capture: AxiosAdapter = async (config) => {
    state.sent.push(config)
    return { data: state.reply, status: 200, statusText: 'OK', headers: {}, config } as AxiosResponse
  }
  beforeEach(() => {
    state.sent = []
    state.reply = {}
    http.defaults.adapter = capture
  })
  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })
  return state
}
