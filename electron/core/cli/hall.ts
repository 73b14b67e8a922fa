import { homedir, networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HallStoreError } from '../../../db/hall/open';
import { seedDemoHall } from '../demo/seed';
import { createHall } from '../hall';
import { startLanServer } from '../lan/server';
import { hallSoundDirs } from '../lan/sounds';
import { consoleLogger } from '../log';
import { defaultDataDir, resolveAppPaths } from '../paths';
import { parseHallArgs } from './args';

/** `npm run hall`: the whole hall (every role's page and the LAN API) under plain Node, no Electron. */
async function main(): Promise<void> {
  const args = parseHallArgs(process.argv.slice(2));
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const paths = resolveAppPaths({ packaged: false, appRoot });
  const dataDir = resolve(args.dataDir ?? join(defaultDataDir(process.platform, process.env, homedir()), 'hall'));
  const log = consoleLogger('hall');
  const hall = createHall({ dataDir, migrationsFolder: paths.migrationsFolder, log });
  if (args.demo && (await seedDemoHall(hall.deps))) log.info('seeded the demo hall');
  const lan = await startLanServer(hall, {
    port: args.port,
    host: args.host,
    rendererDir: paths.rendererDir,
    soundDirs: hallSoundDirs(dataDir, paths.soundsDir),
  });

  const url = `http://127.0.0.1:${lan.port}`;
  console.log(`OneWindow hall is serving at ${url}`);
  console.log(`  data: ${dataDir}`);
  console.log(`  pages: ${url}/window  ${url}/kiosk  ${url}/board  ${url}/pad  ${url}/admin`);
  for (const address of lanAddresses()) console.log(`  on the hall LAN: http://${address}:${lan.port}`);

  const stop = async () => {
    await lan.close();
    hall.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

main().catch((error: unknown) => {
  const message = error instanceof HallStoreError || error instanceof Error ? error.message : String(error);
  console.error(`OneWindow hall could not start: ${message}`);
  process.exit(1);
});
