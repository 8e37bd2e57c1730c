// Client-side checks of the user forms (the server checks the same again) and role filtering by organisation type.
import type { FormItemRule, FormRules } from 'element-plus'
import type { OrgType, Role, RoleInfo, UserCreateForm } from '@/api'
import { messages } from '@/i18n/zh-CN'

const v = messages.userValidation

export const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/
export const DISPLAY_NAME_MAX = 32
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 64
/** 三员: each held by its own account, combined with no other role. */
export const ADMIN_ROLES: Role[] = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN']

/** The roles a user of an organisation type may hold (none before an organisation is chosen). */
export function rolesForOrgType(roles: readonly RoleInfo[], orgType: OrgType | null | undefined): RoleInfo[] {
  return orgType ? roles.filter((role) => role.orgTypes.includes(orgType)) : []
}

/** Why a set of roles cannot be granted together (三员分立), or null; no role at all leaves the account unusable, not wrong. */
export function rolesProblem(chosen: readonly Role[]): string | null {
  if (chosen.length > 1 && chosen.some((role) => ADMIN_ROLES.includes(role))) return v.adminRolesAlone
  return null
}

/** Why a password is not acceptable (the server's policy), or null. */
export function passwordProblem(password: string, username = ''): string | null {
  if (!password) return v.passwordRequired
  if (password.length < PASSWORD_MIN) return v.passwordTooShort
  if (password.length > PASSWORD_MAX) return v.passwordTooLong
  if (!/^[\x21-\x7e]+$/.test(password)) return v.passwordChars
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length
  if (classes < 3) return v.passwordClasses
  const name = username.trim().toLowerCase()
  if (name && password.toLowerCase().includes(name)) return v.passwordHasUsername
  return null
}

type Validator = NonNullable<FormItemRule['validator']>

const check =
  <T>(problem: (value: T) => string | null): Validator =>
  (_rule, value: T, callback) => {
    const message = problem(value)
    return message ? callback(new Error(message)) : callback()
  }

const displayNameRules: FormItemRule[] = [
  { required: true, whitespace: true, message: v.displayNameRequired, trigger: 'blur' },
  { max: DISPLAY_NAME_MAX, message: v.displayNameTooLong, trigger: 'blur' },
]

/** Rules of the create (with username and password) or the edit form; the password rule reads the username. */
export function userRules(form: Pick<UserCreateForm, 'username'>, creating: boolean): FormRules {
  const rules: FormRules = {
    displayName: displayNameRules,
    orgId: [{ required: true, message: v.orgRequired, trigger: 'change' }],
  }
  if (creating) {
    rules.username = [
      { required: true, message: v.usernameRequired, trigger: 'blur' },
      {
        validator: check((value: string) => (!value || USERNAME_PATTERN.test(value.trim()) ? null : v.usernameInvalid)),
        trigger: 'blur',
      },
    ]
    rules.password = [
      { required: true, message: v.passwordRequired, trigger: 'blur' },
      { validator: check((value: string) => (value ? passwordProblem(value, form.username) : null)), trigger: 'blur' },
    ]
  }
  return rules
}

/** Rules of the role dialog (安全管理员). */
export function roleRules(): FormRules {
  return { roles: [{ validator: check((value: Role[]) => rolesProblem(value ?? [])), trigger: 'change' }] }
}

/** Rules of the reset-password dialog: the policy, and the same password typed twice. */
export function passwordRules(form: { password: string; confirm: string }, username: string): FormRules {
  return {
    password: [
      { required: true, message: v.passwordRequired, trigger: 'blur' },
      { validator: check((value: string) => (value ? passwordProblem(value, username) : null)), trigger: 'blur' },
    ],
    confirm: [
      { required: true, message: v.confirmRequired, trigger: 'blur' },
      { validator: check((value: string) => (value && value !== form.password ? v.confirmMismatch : null)), trigger: 'blur' },
    ],
  }
}
