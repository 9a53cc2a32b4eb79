import { runCli } from './main.ts';

// A reader that stops early (`symbiograph example linyi-etdz | head`) closes the pipe: that ends the command
// quietly, as it does for any Unix tool, instead of a stack trace for an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2));
