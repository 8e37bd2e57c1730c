/** Fills `{name}` placeholders of a message: `fill('剩余{n}天', { n: 3 })` → `剩余3天`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}
