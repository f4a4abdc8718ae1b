// Preloaded into the CLI by the benchmark: prints the peak resident memory (KB) at exit.
process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
