import { optionsFromEnv } from './config';
import { startSandbox } from './server';

// `npm run sandbox`: run until SIGINT/SIGTERM, then save state and exit 0.

async function main(): Promise<void> {
  const sandbox = await startSandbox({ ...optionsFromEnv(process.env), quiet: false });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('sandbox: could not save state:', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`sandbox: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
