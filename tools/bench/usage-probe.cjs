// Preloaded with `node --require` into a process the benchmark starts: on exit it writes the
// process's own resource usage (peak resident memory included) to the file named by
// LAB_BENCH_USAGE_FILE. The measured command needs no flag of its own, and no external `time`.
'use strict';
const fs = require('node:fs');

const file = process.env.LAB_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    fs.writeFileSync(file, JSON.stringify(process.resourceUsage()));
  });
}
