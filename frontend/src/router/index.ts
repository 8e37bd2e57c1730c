import { createRouter, createWebHistory } from 'vue-router'
import type { Role } from '@/api'
import {
  ADMIN_PAGE_ROLES,
  canAccess,
  FILING_READER_ROLES,
  homePath,
  MATCHMAKING_ROLES,
  MONITORING_ROLES,
  OPERATOR_ROLES,
  TASK_ROLES,
} from '@/auth/roles'
import { currentUser, ensureSession } from '@/auth/session'
import { messages } from '@/i18n/zh-CN'
import './viewKey'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session. */
    public?: boolean
    /** Reachable with or without a session, and never redirected (public verification, 公示). */
    open?: boolean
    /** Roles allowed to open the page (any of them). */
    roles?: Role[]
    /** Path of the menu entry the page belongs to (highlight and breadcrumb). */
    menu?: string
    /** Page title when it is not the menu entry itself. */
    title?: string
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/login',
      component: () => import('@/views/login/LoginView.vue'),
      meta: { public: true, title: messages.login.title },
    },
    {
      path: '/verify',
      component: () => import('@/views/qualification/VerifyView.vue'),
      meta: { open: true, title: messages.qualification.verifyTitle },
    },
    {
      path: '/public/pairings',
      component: () => import('@/views/qualification/PublicListView.vue'),
      meta: { open: true, title: messages.qualification.publicTitle },
    },
    {
      path: '/',
      component: () => import('@/layout/AppLayout.vue'),
      children: [
        { path: '', redirect: () => homePath(currentUser.value) },
        {
          path: 'home',
          component: () => import('@/views/home/HomeView.vue'),
          meta: { title: messages.page.workbench },
        },
        {
          path: 'filings',
          component: () => import('@/views/filing/FilingListView.vue'),
          meta: { roles: FILING_READER_ROLES, menu: '/filings', keepOnQuery: true },
        },
        {
          path: 'filings/new',
          component: () => import('@/views/filing/FilingFormView.vue'),
          meta: { roles: OPERATOR_ROLES, menu: '/filings/new', keepOnReplace: 'filing-form' },
        },
        {
          path: 'filings/:id(\\d+)',
          component: () => import('@/views/filing/FilingDetailView.vue'),
          meta: { roles: FILING_READER_ROLES, menu: '/filings', title: messages.page.filingDetail },
        },
        {
          path: 'filings/:id(\\d+)/edit',
          component: () => import('@/views/filing/FilingFormView.vue'),
          meta: { roles: OPERATOR_ROLES, menu: '/filings', title: messages.page.editFiling, keepOnReplace: 'filing-form' },
        },
        {
          // 变更备案 of an approved filing: its open change, or a new one
          path: 'filings/:id(\\d+)/change',
          component: () => import('@/views/change/ChangeFormView.vue'),
          meta: { roles: OPERATOR_ROLES, menu: '/filings', title: messages.change.pageTitle },
        },
        {
          path: 'tasks',
          component: () => import('@/views/task/TaskListView.vue'),
          meta: { roles: TASK_ROLES, menu: '/tasks' },
        },
        {
          path: 'tasks/:id',
          component: () => import('@/views/task/TaskHandleView.vue'),
          meta: { roles: TASK_ROLES, menu: '/tasks', title: messages.flowPage.handleTask },
        },
        {
          path: 'annual-reports',
          component: () => import('@/views/report/ReportListView.vue'),
          meta: { roles: FILING_READER_ROLES, menu: '/annual-reports' },
        },
        {
          path: 'annual-reports/:id(\\d+)',
          component: () => import('@/views/report/ReportFormView.vue'),
          meta: { roles: FILING_READER_ROLES, menu: '/annual-reports', title: messages.annualReport.formTitle },
        },
        {
          // a 填报/修改 task leads here: the pairing's report that waits for the reporter
          path: 'annual-reports/filing/:filingId(\\d+)',
          component: () => import('@/views/report/ReportFormView.vue'),
          meta: { roles: OPERATOR_ROLES, menu: '/annual-reports', title: messages.annualReport.formTitle },
        },
        {
          path: 'notifications',
          component: () => import('@/views/notification/NotificationCenterView.vue'),
          meta: { menu: '/notifications' },
        },
        {
          // ECharts and the diagram load with this page only (their own chunks)
          path: 'monitoring',
          component: () => import('@/views/monitoring/MonitoringView.vue'),
          meta: { roles: MONITORING_ROLES, menu: '/monitoring' },
        },
        {
          path: 'admin/orgs',
          component: () => import('@/views/org/OrgListView.vue'),
          meta: { roles: ADMIN_PAGE_ROLES, menu: '/admin/orgs' },
        },
        {
          path: 'admin/users',
          component: () => import('@/views/user/UserListView.vue'),
          meta: { roles: ADMIN_PAGE_ROLES, menu: '/admin/users' },
        },
        {
          path: 'matchmaking',
          component: () => import('@/views/matchmaking/MatchmakingView.vue'),
          meta: { roles: MATCHMAKING_ROLES, menu: '/matchmaking' },
        },
        {
          path: 'admin/industry-mapping',
          component: () => import('@/views/matchmaking/IndustryMappingView.vue'),
          meta: { roles: ADMIN_PAGE_ROLES, menu: '/admin/industry-mapping' },
        },
        {
          path: 'security/roles',
          component: () => import('@/views/security/RoleAdminView.vue'),
          meta: { roles: ['SECURITY_ADMIN'], menu: '/security/roles' },
        },
        {
          path: 'security/settings',
          component: () => import('@/views/security/SecuritySettingsView.vue'),
          meta: { roles: ['SECURITY_ADMIN'], menu: '/security/settings' },
        },
        {
          path: 'audit',
          component: () => import('@/views/audit/AuditLogView.vue'),
          meta: { roles: ['AUDIT_ADMIN'], menu: '/audit' },
        },
        {
          path: '403',
          name: 'forbidden',
          component: () => import('@/views/error/ForbiddenView.vue'),
          meta: { title: messages.page.forbidden },
        },
        // Unknown pages (e.g. an admin page the user cannot have) get the same Chinese refusal.
        {
          path: ':pathMatch(.*)*',
          component: () => import('@/views/error/ForbiddenView.vue'),
          meta: { title: messages.page.forbidden },
        },
      ],
    },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.open) return true
  const user = await ensureSession()
  if (to.meta.public) return user ? homePath(user) : true
  if (!user) return { path: '/login', query: { redirect: to.fullPath } }
  // A page of other roles: say so (无权访问) rather than silently showing another page.
  if (!canAccess(user, to.meta.roles)) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})
