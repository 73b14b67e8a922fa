export interface HallArgs {
  port: number;
  host: string;
  dataDir: string | null;
  demo: boolean;
}

export const DEFAULT_PORT = 4780;

const USAGE = 'usage: npm run hall -- [--port N] [--host ADDRESS] [--data DIR] [--demo]';

/** Parses `npm run hall` arguments; throws with the usage line on anything it does not know. */
export function parseHallArgs(argv: readonly string[]): HallArgs {
  const args: HallArgs = { port: DEFAULT_PORT, host: '0.0.0.0', dataDir: null, demo: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    switch (arg) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535\n${USAGE}`);
        args.port = port;
        break;
      }
      case '--host':
        args.host = value();
        break;
      case '--data':
        args.dataDir = value();
        break;
      case '--demo':
        args.demo = true;
        break;
      default:
        throw new Error(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  return args;
}
