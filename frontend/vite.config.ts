import { existsSync, readdirSync } from 'node:fs'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Where `npm run dev` forwards /api and /camunda (the Spring Boot backend).
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080'

// Every Element Plus component style entry, pre-bundled for `npm run dev` so that first visits of a
// page do not make Vite re-optimise and reload the browser.
const elementPlusDir = new URL('./node_modules/element-plus/es/components/', import.meta.url)
const elementPlusStyles = readdirSync(elementPlusDir)
  .filter((name) => existsSync(new URL(`${name}/style/css.mjs`, elementPlusDir)))
  .map((name) => `element-plus/es/components/${name}/style/css`)

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: components in templates and ElMessage & co. in scripts, each with its own CSS.
    AutoImport({ resolvers: [ElementPlusResolver()], dts: 'src/auto-imports.d.ts' }),
    Components({ resolvers: [ElementPlusResolver()], dts: 'src/components.d.ts' }),
  ],
  resolve: {
    alias: { '@': new URL('./src', import.meta.url).pathname },
  },
  optimizeDeps: {
    include: ['element-plus/es', ...elementPlusStyles],
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/camunda': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
})
