// The reference for `campaignctl campaigns sync --all`: supabase-js paging every campaign into memory
// (select('*').order('id').range(), 1,000 rows a page, the exact count on the first), from the same sandbox.
// Prints one JSON line: rows, milliseconds from the first request to the last row, peak RSS of this process.
// Run by scripts/bench-sync.sh, not by the test suite.
//   SYNC_BENCH_TOKEN=ACCESS_TOKEN node sync-bench.mjs URL ANON_KEY
import { createClient } from '@supabase/supabase-js';
import ws from 'ws'; // Node 20 has no global WebSocket; realtime-js needs a transport even when unused

const [url, anonKey] = process.argv.slice(2);
const accessToken = process.env.SYNC_BENCH_TOKEN;
if (!anonKey || !accessToken) {
  console.error('usage: SYNC_BENCH_TOKEN=ACCESS_TOKEN node sync-bench.mjs URL ANON_KEY');
  process.exit(2);
}
const supabase = createClient(url, anonKey, {
  auth: { persistSession: false, autoRefreshToken: false },
  global: { headers: { Authorization: `Bearer ${accessToken}` } },
  realtime: { transport: ws },
});

const pageSize = 1000;
const rows = [];
let total = null;
const started = performance.now();
for (let from = 0; ; from += pageSize) {
  const query = supabase.from('campaigns').select('*', from === 0 ? { count: 'exact' } : {});
  const { data, error, count } = await query.order('id').range(from, from + pageSize - 1);
  if (error) {
    console.error(JSON.stringify(error));
    process.exit(1);
  }
  if (from === 0) {
    total = count;
  }
  for (const row of data) {
    rows.push(row);
  }
  if (data.length < pageSize) {
    break;
  }
}
const ms = performance.now() - started;
console.log(JSON.stringify({ rows: rows.length, total, ms: Math.round(ms),
                             peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
process.exit(0);
