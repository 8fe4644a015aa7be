-- Campaign Console: Idempotency-Key records for the outbox. Safe to run more than once.
--
-- The console's outbox sends each write with an `Idempotency-Key` header so that a retry after a lost response
-- cannot apply the change twice. execute_transaction (next migration) looks the key up before doing anything
-- and records its response in the same transaction as the change, as the sandbox does
-- (app/sandbox/IdempotencyStore.cpp): same key + same request within 24 h replays the stored response; same
-- key + a different request is refused with 422 `idempotency_key_reused`.
--
-- The table lives outside the exposed API schemas; callers reach it only through the two security-definer
-- functions below, which derive the caller ("principal") from the JWT themselves, so nobody can read or forge
-- another caller's records.

create schema if not exists campaign_private;
grant usage on schema campaign_private to anon, authenticated, service_role;

create table if not exists campaign_private.idempotency_keys (
    -- The user id for signed-in users, the role name (anon, service_role) otherwise, as in the sandbox.
    principal text not null,
    key text not null constraint idempotency_keys_key_check check (char_length(key) between 1 and 255),
    request_hash text not null,
    response jsonb not null,
    created_at timestamptz not null default now(),
    constraint idempotency_keys_pkey primary key (principal, key)
);
create index if not exists idempotency_keys_created_at_idx on campaign_private.idempotency_keys (created_at);
alter table campaign_private.idempotency_keys enable row level security; -- no policies: functions only
revoke all on campaign_private.idempotency_keys from public;
revoke all on campaign_private.idempotency_keys from anon, authenticated;

create or replace function campaign_private.principal()
returns text
language sql
stable
set search_path = ''
as $$
    select case
        when auth.jwt() ->> 'role' in ('authenticated', 'admin') and coalesce(auth.jwt() ->> 'sub', '') <> ''
            then auth.jwt() ->> 'sub'
        when auth.jwt() ->> 'role' in ('service_role', 'anon') then auth.jwt() ->> 'role'
        else 'anon'
    end
$$;

-- PostgREST turns `raise sqlstate 'PGRST'` with a JSON message and a {"status","headers"} detail into exactly
-- that HTTP response, which is how these errors get the sandbox's status and body.
create or replace function campaign_private.raise_http(status integer, code text, message text, hint text)
returns void
language plpgsql
set search_path = ''
as $$
begin
    raise sqlstate 'PGRST' using
        message = json_build_object('code', code, 'message', message, 'details', null, 'hint', hint)::text,
        detail = json_build_object('status', status, 'headers', json_build_object())::text;
end
$$;

-- Returns the stored response for (caller, key) when it was recorded for the same request in the last 24 h,
-- NULL when there is none, and raises 422 idempotency_key_reused when the key was used for another request.
-- The transaction-scoped advisory lock makes a concurrent retry with the same key wait for the first attempt
-- and then replay it, instead of applying the change a second time.
create or replace function campaign_private.idempotency_lookup(idempotency_key text, request_hash text)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
    who text := campaign_private.principal();
    stored campaign_private.idempotency_keys;
begin
    if char_length(idempotency_key) > 255 then
        perform campaign_private.raise_http(400, 'idempotency_key_invalid',
                                            'Idempotency-Key is longer than 255 characters', null);
    end if;
    perform pg_advisory_xact_lock(hashtextextended(who || E'\n' || idempotency_key, 0));
    select * into stored from campaign_private.idempotency_keys k
        where k.principal = who and k.key = idempotency_key and k.created_at > now() - interval '24 hours';
    if not found then
        return null;
    end if;
    if stored.request_hash <> idempotency_lookup.request_hash then
        perform campaign_private.raise_http(422, 'idempotency_key_reused',
                                            'This Idempotency-Key was already used for a different request',
                                            'Use a new key for every new request');
    end if;
    return stored.response;
end
$$;

create or replace function campaign_private.idempotency_save(idempotency_key text, request_hash text,
                                                             response jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
    who text := campaign_private.principal();
begin
    delete from campaign_private.idempotency_keys where created_at <= now() - interval '24 hours';
    insert into campaign_private.idempotency_keys as k (principal, key, request_hash, response)
        values (who, idempotency_key, idempotency_save.request_hash, idempotency_save.response)
        on conflict (principal, key) do update
            set request_hash = excluded.request_hash, response = excluded.response, created_at = now();
end
$$;

revoke execute on function campaign_private.idempotency_lookup(text, text) from public;
revoke execute on function campaign_private.idempotency_save(text, text, jsonb) from public;
grant execute on function campaign_private.idempotency_lookup(text, text) to anon, authenticated, service_role;
grant execute on function campaign_private.idempotency_save(text, text, jsonb) to anon, authenticated, service_role;
grant execute on function campaign_private.principal() to anon, authenticated, service_role;
grant execute on function campaign_private.raise_http(integer, text, text, text)
    to anon, authenticated, service_role;
