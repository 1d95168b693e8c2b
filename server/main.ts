/**
 * The reference server: `node --import tsx server/main.ts` (wired as `npm run server`).
 * Configuration comes from environment variables; see docs/server.md.
 */
import { loadConfig } from './config.js';
import { createLogger, describeError } from './log.js';
import { startServer } from './server.js';

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel);

try {
  const server = await startServer(config, { logger });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { reason: signal });
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  // Configuration and start-up errors are ours to word, so their messages are safe to show.
  logger.error('start-failed', describeError(error));
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
