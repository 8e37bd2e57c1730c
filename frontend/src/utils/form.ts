// Helpers shared by the forms of several views.

/**
 * The server's field errors by form field: `industries[2]` or `parent.id` count for `industries` / `parent`,
 * the first message of a field wins.
 */
export function errorsByField(fieldErrors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldErrors)) {
    const root = path.split(/[.[]/)[0]
    result[root] ??= message
  }
  return result
}
