// Runs the official supabase-js client against a freshly started campaign-sandbox and checks that the sandbox
// speaks the protocol closely enough: sign-in, filtered/ordered/paged reads with exact counts, single() and
// maybeSingle(), writes with .select(), upsert, the execute_transaction RPC, row-level security between users, and
// realtime postgres_changes (INSERT, UPDATE, DELETE of the user's own rows only).
//
//   node conformance.mjs /path/to/campaign-sandbox
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws'; // Node 20 has no global WebSocket; realtime-js needs a transport even when unused

const sandboxPath = process.argv[2];
if (!sandboxPath) {
  console.error('usage: node conformance.mjs <campaign-sandbox>');
  process.exit(2);
}

function startSandbox() {
  const child = spawn(sandboxPath, ['--seed', '200', '--seed-random', '5'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no startup line within 20 s')), 20000);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`campaign-sandbox exited early with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, info: JSON.parse(line) });
    });
  });
}

function stopSandbox(child) {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.kill('SIGTERM');
  });
}

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok     ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAILED ${name}\n       ${error?.stack ?? error}`);
  }
}

function client(info) {
  return createClient(info.url, info.anon_key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws },
  });
}

const { child, info } = await startSandbox();
// Whatever happens below, the sandbox must not outlive this script.
process.on('exit', () => child.exitCode === null && child.kill('SIGKILL'));
const [mariaAccount, maxAccount, adminAccount] = info.users;
let maria;
let max;
let admin;
let mariaId;
let maxId;

const base = (name) => ({ name, status: 'draft', channel: 'email', budget: 250.5, currency: 'EUR',
                          start_date: '2030-05-01', end_date: '2030-05-31' });

try {
  maria = client(info);
  max = client(info);
  admin = client(info);
  await check('signInWithPassword returns a session and the user', async () => {
    const { data, error } = await maria.auth.signInWithPassword({ email: mariaAccount.email, password: mariaAccount.password });
    assert.equal(error, null);
    assert.ok(data.session.access_token);
    assert.equal(data.user.email, mariaAccount.email);
    mariaId = data.user.id;
    const other = await max.auth.signInWithPassword({ email: maxAccount.email, password: maxAccount.password });
    assert.equal(other.error, null);
    maxId = other.data.user.id;
    assert.equal((await admin.auth.signInWithPassword({ email: adminAccount.email, password: adminAccount.password })).error, null);
  });

  await check('a wrong password is an AuthApiError with invalid_credentials', async () => {
    const { data, error } = await client(info).auth.signInWithPassword({ email: mariaAccount.email, password: 'wrong' });
    assert.equal(data.session, null);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_credentials');
  });

  await check('getUser and refreshSession work', async () => {
    const { data, error } = await maria.auth.getUser();
    assert.equal(error, null);
    assert.equal(data.user.id, mariaId);
    const before = (await maria.auth.getSession()).data.session.refresh_token;
    const refreshed = await maria.auth.refreshSession();
    assert.equal(refreshed.error, null);
    assert.notEqual(refreshed.data.session.refresh_token, before);
  });

  await check('select with filters, order, range and an exact count', async () => {
    const { data, error, count, status } = await maria.from('campaigns')
      .select('id,user_id,status,budget', { count: 'exact' })
      .in('status', ['active', 'paused', 'completed', 'archived'])
      .gte('budget', 100)
      .order('budget', { ascending: false })
      .range(0, 9);
    assert.equal(error, null);
    assert.ok(count > 0 && Number.isInteger(count));
    assert.ok(data.length <= 10 && data.length > 0);
    assert.equal(status, count > data.length ? 206 : 200);
    for (let i = 1; i < data.length; ++i) assert.ok(data[i - 1].budget >= data[i].budget);
    for (const row of data) {
      assert.equal(row.user_id, mariaId);
      assert.ok(row.budget >= 100);
    }
  });

  await check('or(), not(), ilike() with a space and is(null)', async () => {
    const either = await maria.from('campaigns').select('status').or('status.eq.draft,status.eq.scheduled');
    assert.equal(either.error, null);
    for (const row of either.data) assert.ok(['draft', 'scheduled'].includes(row.status));
    const neither = await maria.from('campaigns').select('status').not('status', 'in', '(draft,scheduled)');
    const all = await maria.from('campaigns').select('id', { count: 'exact', head: true });
    assert.equal(either.data.length + neither.data.length, all.count);
    const like = await admin.from('campaigns').select('name').ilike('name', '%black friday%').limit(5);
    assert.equal(like.error, null);
    for (const row of like.data) assert.ok(row.name.startsWith('Black Friday'));
    const nulls = await maria.from('campaigns').select('id').is('end_date', null);
    assert.equal(nulls.error, null);
    assert.equal(nulls.data.length, 0);
  });

  await check('head:true gives only the count', async () => {
    const { data, count, error } = await admin.from('campaigns').select('*', { count: 'exact', head: true });
    assert.equal(error, null);
    assert.equal(data, null);
    assert.equal(count, 200);
  });

  let created;
  await check('insert().select().single() returns the new row', async () => {
    const { data, error, status } = await maria.from('campaigns').insert(base('Conformance launch')).select().single();
    assert.equal(error, null);
    assert.equal(status, 201);
    assert.equal(data.name, 'Conformance launch');
    assert.equal(data.user_id, mariaId);
    created = data;
  });

  await check('bulk insert with .select()', async () => {
    const { data, error } = await maria.from('campaigns')
      .insert([base('Conformance bulk 1'), { ...base('Conformance bulk 2'), status: 'scheduled' }]).select('id,name,status');
    assert.equal(error, null);
    assert.deepEqual(data.map((r) => r.name).sort(), ['Conformance bulk 1', 'Conformance bulk 2']);
  });

  await check('single() and maybeSingle()', async () => {
    const one = await maria.from('campaigns').select('id,name').eq('id', created.id).single();
    assert.equal(one.error, null);
    assert.equal(one.data.id, created.id);
    const many = await maria.from('campaigns').select('id').single();
    assert.equal(many.error.code, 'PGRST116');
    assert.equal(many.status, 406);
    const none = await maria.from('campaigns').select('id').eq('name', 'no such campaign').maybeSingle();
    assert.equal(none.error, null);
    assert.equal(none.data, null);
    const tooMany = await maria.from('campaigns').select('id').maybeSingle();
    assert.equal(tooMany.error.code, 'PGRST116');
  });

  await check('upsert().select() merges into the existing row', async () => {
    const { data, error } = await maria.from('campaigns')
      .upsert({ ...base('Conformance upserted'), id: created.id }).select();
    assert.equal(error, null);
    assert.equal(data.length, 1);
    assert.equal(data[0].id, created.id);
    assert.equal(data[0].name, 'Conformance upserted');
  });

  await check('update().eq().select() returns the changed rows', async () => {
    const { data, error } = await maria.from('campaigns').update({ status: 'paused' }).eq('id', created.id).select();
    assert.equal(error, null);
    assert.equal(data[0].status, 'paused');
  });

  await check('errors carry PostgREST codes', async () => {
    const unknown = await maria.from('campaigns').select('nope');
    assert.equal(unknown.error.code, '42703');
    const check = await maria.from('campaigns').insert({ ...base('Negative'), budget: -1 });
    assert.equal(check.error.code, '23514');
    const duplicate = await maria.from('campaigns').insert({ ...base('Duplicate'), id: created.id });
    assert.equal(duplicate.error.code, '23505');
    assert.equal(duplicate.status, 409);
  });

  await check('row-level security separates the two marketers', async () => {
    const seen = await max.from('campaigns').select('id').eq('id', created.id);
    assert.equal(seen.error, null);
    assert.deepEqual(seen.data, []);
    const changed = await max.from('campaigns').update({ name: 'Hijacked' }).eq('id', created.id).select();
    assert.equal(changed.error, null);
    assert.deepEqual(changed.data, []);
    const forged = await max.from('campaigns').insert({ ...base('Forged'), user_id: mariaId });
    assert.equal(forged.error.code, '42501');
    assert.equal(forged.status, 403);
    const own = await max.from('campaigns').select('user_id').limit(50);
    for (const row of own.data) assert.equal(row.user_id, maxId);
    const everyone = await admin.from('campaigns').select('id').eq('id', created.id);
    assert.equal(everyone.data.length, 1);
    const anonymous = await client(info).from('campaigns').select('id').limit(5);
    assert.deepEqual(anonymous.data, []);
  });

  await check("channel().on('postgres_changes') receives INSERT, UPDATE and DELETE of its own rows only", async () => {
    const received = [];
    const channel = maria
      .channel('conformance-feed')
      .on('postgres_changes', { event: '*', schema: 'public', table: 'campaigns' }, (payload) => received.push(payload));
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('not SUBSCRIBED within 10 s')), 10000);
      channel.subscribe((status, error) => {
        if (status === 'SUBSCRIBED') {
          clearTimeout(timer);
          resolve();
        } else if (status !== 'SUBSCRIBED' && status !== 'JOINING') {
          clearTimeout(timer);
          reject(new Error(`${status}: ${error?.message ?? ''}`));
        }
      });
    });
    // Max's row comes first: if row-level security let it through, it would be the first event.
    const foreign = await max.from('campaigns').insert(base('Realtime foreign')).select().single();
    assert.equal(foreign.error, null);
    const mine = await maria.from('campaigns').insert(base('Realtime mine')).select().single();
    assert.equal(mine.error, null);
    assert.equal((await maria.from('campaigns').update({ status: 'paused' }).eq('id', mine.data.id)).error, null);
    assert.equal((await maria.from('campaigns').delete().eq('id', mine.data.id)).error, null);
    const deadline = Date.now() + 5000;
    while (received.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(received.map((p) => p.eventType), ['INSERT', 'UPDATE', 'DELETE']);
    for (const p of received) {
      assert.equal(p.schema, 'public');
      assert.equal(p.table, 'campaigns');
      assert.ok(!Number.isNaN(Date.parse(p.commit_timestamp)));
    }
    assert.equal(received[0].new.name, 'Realtime mine');
    assert.equal(received[0].new.user_id, mariaId);
    assert.equal(received[1].new.status, 'paused');
    assert.equal(received[1].old.status, 'draft');
    assert.equal(received[2].old.id, mine.data.id);
    assert.ok(!received.some((p) => (p.new?.name ?? p.old?.name) === 'Realtime foreign'));
    assert.equal(await maria.removeChannel(channel), 'ok');
    await max.from('campaigns').delete().eq('id', foreign.data.id);
  });

  await check("rpc('execute_transaction') is all or nothing", async () => {
    const ok = await maria.rpc('execute_transaction', { operations: [
      { op: 'insert', table: 'campaigns', values: base('Conformance tx') },
      { op: 'update', table: 'campaigns', values: { status: 'active' }, match: { name: 'Conformance tx' } },
    ] });
    assert.equal(ok.error, null);
    assert.equal(ok.data.operations.length, 2);
    assert.equal(ok.data.operations[1].rows[0].status, 'active');
    const failed = await maria.rpc('execute_transaction', { operations: [
      { op: 'insert', table: 'campaigns', values: base('Conformance tx 2') },
      { op: 'insert', table: 'campaigns', values: { ...base('Conformance tx 3'), currency: 'euro' } },
    ] });
    assert.equal(failed.error.code, '23514');
    assert.match(failed.error.message, /operation 1/);
    const after = await maria.from('campaigns').select('id').eq('name', 'Conformance tx 2');
    assert.deepEqual(after.data, []);
  });

  await check('delete().eq().select() returns the deleted rows', async () => {
    const { data, error } = await maria.from('campaigns').delete().eq('id', created.id).select('id');
    assert.equal(error, null);
    assert.deepEqual(data, [{ id: created.id }]);
  });

  await check('signOut ends the session', async () => {
    const { error } = await maria.auth.signOut();
    assert.equal(error, null);
    assert.equal((await maria.auth.getSession()).data.session, null);
  });
} finally {
  const { code, signal } = await stopSandbox(child);
  await check('campaign-sandbox stops cleanly on SIGTERM', async () => {
    assert.equal(signal, null);
    assert.equal(code, 0);
  });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
