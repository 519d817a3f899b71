import type { LogBackendApi } from '../logging/log-pipeline';

/** Where the pod's containers leave figures for each other (an emptyDir). */
export const LOGGEN_WORKDIR = '/work';

/**
 * The generator's program (busybox awk): exactly `rate` lines per second for `seconds` seconds,
 * each `size` bytes before its newline. A line starts with the run's marker and a sequence
 * number, then key=value fields and words drawn at random from a small vocabulary, so that the
 * backends compress it roughly as they would an application's log rather than a run of one
 * character. awk has no clock but `srand()`, which returns the previous seed: seeding twice gives
 * the current second. Lines of one second are written at once, then it waits for the next second;
 * when it cannot keep the rate the seconds it took show in its figures.
 *
 * Reads RATE, SECONDS_TOTAL, LINE_BYTES and MARKER from the environment; writes
 * `<lines> <seconds> <end epoch second>` to `workdir` when done.
 */
export function generatorScript(workdir: string = LOGGEN_WORKDIR): string {
  const awk = [
    'function now() { srand(); return srand() }',
    'BEGIN {',
    '  split("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu request response cache miss hit timeout", words, " ")',
    '  split("debug info info info warn error", levels, " ")',
    '  split("200 200 200 201 204 301 400 404 500 503", codes, " ")',
    '  rate = ENVIRON["RATE"] + 0; total = ENVIRON["SECONDS_TOTAL"] + 0; size = ENVIRON["LINE_BYTES"] + 0; marker = ENVIRON["MARKER"]',
    '  srand(); n = 0; t0 = now()',
    '  for (s = 1; s <= total; s++) {',
    '    while (n < rate * s) {',
    '      n++',
    '      line = sprintf("%s seq=%09d level=%s status=%s latency_ms=%d user=%d path=/api/%s msg=", marker, n, levels[int(rand() * 6) + 1], codes[int(rand() * 10) + 1], int(rand() * 2000), int(rand() * 100000), words[int(rand() * 32) + 1])',
    '      while (length(line) < size) line = line words[int(rand() * 32) + 1] " "',
    '      print substr(line, 1, size)',
    '    }',
    '    fflush()',
    '    while (now() < t0 + s) system("sleep 0.05")',
    '  }',
    `  printf "%d %d %d\\n", n, now() - t0, now() > "${workdir}/generated"`,
    '}',
  ].join('\n');
  return `exec awk '${awk}'`;
}

/** Shell functions of the probe for one backend: `count` (lines with the marker), `stored` (bytes on disk). */
function backendFunctions(api: LogBackendApi): string {
  if (api.kind === 'loki') {
    // An instant query over the last hour: runs are at most 30 minutes long, plus the lag.
    return [
      'count() {',
      `  curl -sfG "${api.url}/loki/api/v1/query" --data-urlencode "query=sum(count_over_time({pipeline=\\"$PIPELINE\\"} |= \\"$MARKER \\" [1h]))" \\`,
      `    | sed -n 's/.*"value":\\[[^,]*,"\\([0-9]*\\)"\\].*/\\1/p'`,
      '}',
      // Cuts and flushes the chunks held in memory, waits for the ingester to write them (FLUSH_WAIT
      // seconds, 15 unless set), then sums what it has written to the bucket.
      'stored() {',
      `  curl -sf -XPOST "${api.url}/flush" >/dev/null || true`,
      '  sleep "${FLUSH_WAIT:-15}"',
      `  curl -sf "${api.url}/metrics" | awk '/^loki_ingester_chunk_stored_bytes_total/ { s += $NF } END { printf "%.0f", s }'`,
      '}',
    ].join('\n');
  }
  const index = `${api.url}/${api.index}`;
  return [
    'count() {',
    `  curl -sf -XPOST "${index}/_count" -H 'Content-Type: application/json' -d "{\\"query\\":{\\"match_phrase\\":{\\"log\\":\\"$MARKER\\"}}}" \\`,
    `    | sed -n 's/.*"count":\\([0-9]*\\).*/\\1/p'`,
    '}',
    // A flush writes the indexing buffer and translog into segments; the primaries' store is then what the index holds.
    'stored() {',
    `  curl -sf -XPOST "${index}/_flush" >/dev/null || true`,
    `  curl -sf "${index}/_stats/store" | sed -n 's/.*"_all":{"primaries":{"store":{"size_in_bytes":\\([0-9]*\\).*/\\1/p'`,
    '}',
  ].join('\n');
}

/** The baseline container: the backend's stored bytes before the run, so the run's own are a difference. */
export function baselineScript(api: LogBackendApi, workdir: string = LOGGEN_WORKDIR): string {
  return [
    'set -u',
    backendFunctions(api),
    `b=$(stored); echo "\${b:-0}" > ${workdir}/baseline`,
    'echo "stored bytes before the run: ${b:-0}"',
  ].join('\n');
}

/**
 * The probe, after the generator: waits until the backend returns every line (ingest lag, whole
 * seconds after the generator's last second), times the same count query QUERIES times
 * (`curl`'s total time), reads the stored bytes again and prints one `metrics json:` line.
 * Reads PIPELINE, MARKER, LINE_BYTES, QUERIES and INGEST_TIMEOUT from the environment.
 */
export function probeScript(api: LogBackendApi, workdir: string = LOGGEN_WORKDIR): string {
  return [
    'set -u',
    backendFunctions(api),
    `read lines seconds ended < ${workdir}/generated`,
    `baseline=$(cat ${workdir}/baseline)`,
    'complete=0; seen=0',
    'while :; do',
    '  seen=$(count); seen=${seen:-0}',
    '  now=$(date +%s)',
    '  if [ "$seen" -ge "$lines" ]; then complete=1; break; fi',
    '  if [ $((now - ended)) -ge "$INGEST_TIMEOUT" ]; then break; fi',
    '  sleep 1',
    'done',
    'lag=$((now - ended))',
    'echo "lines stored: $seen of $lines after ${lag}s"',
    `i=0; : > ${workdir}/latencies`,
    'while [ "$i" -lt "$QUERIES" ]; do',
    `  curl -s -o /dev/null -w '%{time_total}\\n' ${api.kind === 'loki'
      ? `-G "${api.url}/loki/api/v1/query" --data-urlencode "query=sum(count_over_time({pipeline=\\"$PIPELINE\\"} |= \\"$MARKER \\" [1h]))"`
      : `-XPOST "${api.url}/${api.index}/_count" -H 'Content-Type: application/json' -d "{\\"query\\":{\\"match_phrase\\":{\\"log\\":\\"$MARKER\\"}}}"`} >> ${workdir}/latencies`,
    '  i=$((i + 1))',
    'done',
    'after=$(stored); after=${after:-0}',
    `sort -n ${workdir}/latencies | awk -v lines="$lines" -v seconds="$seconds" -v size="$LINE_BYTES" -v seen="$seen" -v complete="$complete" -v lag="$lag" -v before="$baseline" -v after="$after" '`,
    '  { ms[NR] = $1 * 1000 }',
    '  END {',
    '    bytes = lines * (size + 1); stored = after - before; if (stored < 0) stored = 0',
    '    p50 = NR ? ms[int((NR + 1) / 2)] : 0; max = NR ? ms[NR] : 0',
    '    printf "metrics json: {\\"lines\\":%d,\\"bytes\\":%.0f,\\"seconds\\":%d,\\"linesPerSecond\\":%.1f,\\"bytesPerSecond\\":%.0f,", lines, bytes, seconds, seconds ? lines / seconds : 0, seconds ? bytes / seconds : 0',
    '    printf "\\"linesStored\\":%d,\\"ingestComplete\\":%d,\\"ingestLagSeconds\\":%d,\\"queryLatencyMsP50\\":%.1f,\\"queryLatencyMsMax\\":%.1f,", seen, complete, lag, p50, max',
    '    printf "\\"storedBytes\\":%.0f,\\"storedBytesPerGb\\":%.0f}\\n", stored, bytes ? stored / (bytes / 1e9) : 0',
    "  }'",
  ].join('\n');
}
