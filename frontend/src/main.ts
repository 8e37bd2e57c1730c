import { createApp } from 'vue'
import App from './App.vue'
import { ApiError, onUnauthorized } from '@/api'
import { setSession } from '@/auth/session'
import { router } from '@/router'
import './styles.css'

onUnauthorized(() => {
  setSession(null)
  const { fullPath } = router.currentRoute.value
  if (!router.currentRoute.value.meta.public) void router.push({ path: '/login', query: { redirect: fullPath } })
})

const app = createApp(App)
// Failed API calls were already shown to the user by the axios interceptor.
app.config.errorHandler = (error) => {
  if (!(error instanceof ApiError)) console.error(error)
}
app.use(router).mount('#app')
