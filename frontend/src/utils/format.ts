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
