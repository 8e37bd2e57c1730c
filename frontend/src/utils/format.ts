const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/

/**
 * `2026-11-22T13:05:00+08:00` → `2026-11-22 13:05` (Beijing time); empty for missing values.
 * A time without offset is taken as Beijing time, whatever the browser's time zone.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(HAS_OFFSET.test(iso) ? iso : `${iso}+08:00`)
  if (Number.isNaN(date.getTime())) return iso
  const part = Object.fromEntries(dateTimeFormat.formatToParts(date).map(({ type, value }) => [type, value]))
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`
}

/** Fills `{name}` placeholders of a message: `formatMessage('共{total}行', { total: 3 })` → `共3行`. */
export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole))
}

/** `'不能超过{max}个字'` + `{ max: 2000 }` → `'不能超过2000个字'` (same as {@link formatMessage}). */
export function fill(template: string, values: Record<string, string | number>): string {
  return formatMessage(template, values)
}

/** 1536 → `1.5 KB`, 20971520 → `20 MB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${Number(value.toFixed(value >= 100 ? 0 : 1))} ${units[unit]}`
}

const clockFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** `HH:mm:ss` in Beijing time (the same clock as every other time the app shows). */
export function formatClock(date: Date): string {
  const part = Object.fromEntries(clockFormat.formatToParts(date).map(({ type, value }) => [type, value]))
  return `${part.hour}:${part.minute}:${part.second}`
}
