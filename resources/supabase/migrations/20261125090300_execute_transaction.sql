-- Campaign Console: public.execute_transaction(operations jsonb), the RPC behind a unit of work (bulk change).
-- Same contract as the sandbox's POST /rest/v1/rpc/execute_transaction (app/sandbox/RpcHandler.cpp):
--
--   request   {"operations":[{"op":"insert|update|delete","table":"campaigns","values":{...},"match":{...}}]}
--   response  {"operations":[{"index":0,"op":"insert","count":1,"rows":[{...}]}, ...]}
--   error     the failing operation's SQLSTATE, message "operation <index> (<op>): <message>", and the hint
--             "No operation of the transaction was applied." unless PostgreSQL gave one.
--
-- security invoker: every operation runs under the caller's row-level security. PostgREST runs each request in
-- one transaction and the function re-raises the first error, so either every operation is applied or none.
-- Safe to run more than once.

create or replace function campaign_private.operation_error(op_index integer, op text, code text, message text,
                                                            status integer)
returns void
language plpgsql
set search_path = ''
as $$
begin
    perform campaign_private.raise_http(status, code, format('operation %s (%s): %s', op_index, op, message),
                                        'No operation of the transaction was applied.');
end
$$;
grant execute on function campaign_private.operation_error(integer, text, text, text, integer)
    to anon, authenticated, service_role;

create or replace function public.execute_transaction(operations jsonb)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
    max_operations constant integer := 1000;
    server_set constant text[] := array['created_at', 'updated_at'];
    idempotency_key text;
    request_hash text;
    replay jsonb;
    results jsonb := '[]'::jsonb;
    operation jsonb;
    op_index integer;
    op text;
    target text;
    op_values jsonb;
    op_match jsonb;
    column_name text;
    assignments text;
    conditions text;
    insert_columns text;
    affected jsonb;
    affected_count integer;
    error_state text;
    error_message text;
    error_detail text;
    error_hint text;
begin
    -- PostgREST passes the request headers (lower-cased names) as a JSON setting.
    idempotency_key := nullif(btrim(coalesce(
        nullif(current_setting('request.headers', true), '')::jsonb ->> 'idempotency-key', '')), '');
    if idempotency_key is not null then
        request_hash := encode(sha256(convert_to('POST /rpc/execute_transaction' || E'\n' ||
                                                 coalesce(operations::text, 'null'), 'UTF8')), 'hex');
        replay := campaign_private.idempotency_lookup(idempotency_key, request_hash);
        if replay is not null then
            perform set_config('response.headers', '[{"Idempotent-Replayed":"true"}]', true);
            return replay;
        end if;
    end if;

    if operations is null or jsonb_typeof(operations) <> 'array' or jsonb_array_length(operations) = 0 then
        raise exception using errcode = '22023', message = 'operations must be a non-empty array';
    end if;
    if jsonb_array_length(operations) > max_operations then
        raise exception using errcode = '22023',
            message = format('at most %s operations are allowed in one transaction', max_operations);
    end if;

    for op_index in 0 .. jsonb_array_length(operations) - 1 loop
        operation := operations -> op_index;
        if jsonb_typeof(operation) <> 'object' then
            operation := '{}'::jsonb;
        end if;
        op := case when jsonb_typeof(operation -> 'op') = 'string' then operation ->> 'op' else '' end;
        target := case when jsonb_typeof(operation -> 'table') = 'string' then operation ->> 'table'
                       else 'campaigns' end;
        op_values := case when jsonb_typeof(operation -> 'values') = 'object' then operation -> 'values'
                          else '{}'::jsonb end;
        op_match := case when jsonb_typeof(operation -> 'match') = 'object' then operation -> 'match'
                         else '{}'::jsonb end;
        begin
            if target <> 'campaigns' then
                raise exception using errcode = '42P01',
                    message = format('relation "public.%s" does not exist', target);
            end if;
            if op not in ('insert', 'update', 'delete') then
                raise exception using errcode = '22023',
                    message = format('unknown op "%s" (expected insert, update or delete)', op);
            end if;
            if op = 'insert' and op_values = '{}'::jsonb then
                raise exception using errcode = '22023', message = 'insert needs values';
            end if;
            if op in ('update', 'delete') and op_match = '{}'::jsonb then
                raise exception using errcode = '21000', message = format('%s requires a WHERE clause', upper(op));
            end if;
            -- Unknown columns: the sandbox answers 42703 for match keys (update, delete) and PostgREST's
            -- PGRST204 for values (insert, update); delete ignores values, insert ignores match.
            for column_name in select jsonb_object_keys(op_match) where op <> 'insert' loop
                if not exists (select 1 from pg_attribute
                               where attrelid = 'public.campaigns'::regclass and attname = column_name
                                 and attnum > 0 and not attisdropped) then
                    raise exception using errcode = '42703',
                        message = format('column campaigns.%s does not exist', column_name);
                end if;
            end loop;
            for column_name in select jsonb_object_keys(op_values) where op <> 'delete' loop
                if not exists (select 1 from pg_attribute
                               where attrelid = 'public.campaigns'::regclass and attname = column_name
                                 and attnum > 0 and not attisdropped) then
                    perform campaign_private.operation_error(op_index, op, 'PGRST204',
                        format('Could not find the ''%s'' column of ''campaigns'' in the schema cache',
                               column_name), 400);
                end if;
            end loop;
            -- created_at/updated_at are server-set: the sandbox drops them from writes (the trigger would
            -- overwrite them anyway; dropping them also keeps an update of only those columns a no-op).
            op_values := op_values - server_set;

            -- Identifiers come from pg_attribute-checked keys and are quoted; values are bound ($1, $2) and
            -- typed by jsonb_populate_record, which gives PostgreSQL's own 22P02/22003/... errors.
            select string_agg(case when op_match -> k = 'null'::jsonb then format('c.%I is null', k)
                                   else format('c.%1$I = m.%1$I', k) end, ' and ')
              into conditions
              from jsonb_object_keys(op_match) k;

            if op = 'insert' then
                if op_values = '{}'::jsonb then
                    execute 'with ins as (insert into public.campaigns default values returning *) '
                            'select coalesce(jsonb_agg(to_jsonb(ins)), ''[]''), count(*) from ins'
                        into affected, affected_count;
                else
                    select string_agg(format('%I', k), ', ') into insert_columns
                      from jsonb_object_keys(op_values) k;
                    execute format('with ins as (insert into public.campaigns (%1$s) select %1$s '
                                   'from jsonb_populate_record(null::public.campaigns, $1) returning *) '
                                   'select coalesce(jsonb_agg(to_jsonb(ins)), ''[]''), count(*) from ins',
                                   insert_columns)
                        into affected, affected_count using op_values;
                end if;
            elsif op = 'update' then
                if op_values = '{}'::jsonb then
                    affected := '[]'::jsonb; -- nothing to change: the sandbox reports no rows
                    affected_count := 0;
                else
                    select string_agg(format('%1$I = v.%1$I', k), ', ') into assignments
                      from jsonb_object_keys(op_values) k;
                    execute format('with upd as (update public.campaigns c set %s '
                                   'from jsonb_populate_record(null::public.campaigns, $1) v, '
                                   'jsonb_populate_record(null::public.campaigns, $2) m '
                                   'where %s returning c.*) '
                                   'select coalesce(jsonb_agg(to_jsonb(upd)), ''[]''), count(*) from upd',
                                   assignments, conditions)
                        into affected, affected_count using op_values, op_match;
                end if;
            else
                execute format('with del as (delete from public.campaigns c '
                               'using jsonb_populate_record(null::public.campaigns, $1) m '
                               'where %s returning c.*) '
                               'select coalesce(jsonb_agg(to_jsonb(del)), ''[]''), count(*) from del',
                               conditions)
                    into affected, affected_count using op_match;
            end if;
        exception
            when sqlstate 'PGRST' then
                raise; -- already shaped by operation_error
            when others then
                get stacked diagnostics error_state = returned_sqlstate, error_message = message_text,
                                        error_detail = pg_exception_detail, error_hint = pg_exception_hint;
                error_message := format('operation %s (%s): %s', op_index, op, error_message);
                error_hint := coalesce(nullif(error_hint, ''), 'No operation of the transaction was applied.');
                if coalesce(error_detail, '') = '' then
                    raise exception using errcode = error_state, message = error_message, hint = error_hint;
                end if;
                raise exception using errcode = error_state, message = error_message, detail = error_detail,
                    hint = error_hint;
        end;
        results := results || jsonb_build_array(jsonb_build_object(
            'index', op_index, 'op', op, 'count', affected_count, 'rows', affected));
    end loop;

    results := jsonb_build_object('operations', results);
    if idempotency_key is not null then
        perform campaign_private.idempotency_save(idempotency_key, request_hash, results);
    end if;
    return results;
end
$$;

revoke execute on function public.execute_transaction(jsonb) from public;
grant execute on function public.execute_transaction(jsonb) to anon, authenticated, service_role;
