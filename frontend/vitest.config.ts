import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts'],
      // Element Plus ships per-component CSS imports; let Vite (not Node) load them.
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
)
