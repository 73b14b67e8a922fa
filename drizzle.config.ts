import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/hall/schema.ts',
  out: './db/hall/migrations',
});
