-- Campaign Console: who may read and change which campaigns. Safe to run more than once.
--
--   * a marketer (JWT role "authenticated") reads and writes only rows whose user_id is their own auth.uid();
--   * an administrator (JWT role claim "admin", as the sandbox issues it) reads and writes every row;
--   * anon has no policy, so it sees no rows and cannot write any;
--   * service_role bypasses row-level security (BYPASSRLS on Supabase), as in the sandbox.

-- Helpers that are not part of the data API: Supabase exposes only the schemas listed in its API settings
-- (public by default), so nothing here is reachable as /rest/v1/rpc/... .
create schema if not exists campaign_private;
grant usage on schema campaign_private to anon, authenticated, service_role;

-- PostgREST switches to the database role named by the JWT's "role" claim, so an "admin" claim needs a role
-- of that name that the API's login role (authenticator) may switch to. It inherits everything granted to
-- authenticated, so the policies below (written "to authenticated") apply to it as well.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'admin') then
        create role admin nologin inherit;
    end if;
    grant authenticated to admin;
    if exists (select 1 from pg_roles where rolname = 'authenticator') then
        grant admin to authenticator;
    end if;
end
$$;

-- The same test the sandbox makes (app/sandbox/KeyRing.cpp): the top-level role claim. Only the project's JWT
-- secret can sign it, so users cannot raise themselves (unlike user_metadata, which they can edit).
create or replace function campaign_private.is_admin()
returns boolean
language sql
stable
set search_path = ''
as $$
    select coalesce(auth.jwt() ->> 'role', '') = 'admin'
$$;
grant execute on function campaign_private.is_admin() to anon, authenticated, service_role;

alter table public.campaigns enable row level security;

-- (select ...) lets PostgreSQL evaluate the claims once per statement instead of once per row.
drop policy if exists campaigns_select on public.campaigns;
create policy campaigns_select on public.campaigns for select to authenticated
    using (user_id = (select auth.uid()) or (select campaign_private.is_admin()));

drop policy if exists campaigns_insert on public.campaigns;
create policy campaigns_insert on public.campaigns for insert to authenticated
    with check (user_id = (select auth.uid()) or (select campaign_private.is_admin()));

drop policy if exists campaigns_update on public.campaigns;
create policy campaigns_update on public.campaigns for update to authenticated
    using (user_id = (select auth.uid()) or (select campaign_private.is_admin()))
    with check (user_id = (select auth.uid()) or (select campaign_private.is_admin()));

drop policy if exists campaigns_delete on public.campaigns;
create policy campaigns_delete on public.campaigns for delete to authenticated
    using (user_id = (select auth.uid()) or (select campaign_private.is_admin()));

-- Supabase Auth issues role "authenticated" to everyone. This Custom Access Token hook (enable it under
-- Authentication > Hooks) turns it into "admin" for users whose app_metadata.role is "admin"; app_metadata is
-- writable only with the service-role key, e.g.
--   update auth.users set raw_app_meta_data = raw_app_meta_data || '{"role":"admin"}' where email = '...';
create or replace function public.campaign_access_token_hook(event jsonb)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
    claims jsonb := event -> 'claims';
begin
    if claims -> 'app_metadata' ->> 'role' = 'admin' and claims ->> 'role' = 'authenticated' then
        claims := jsonb_set(claims, '{role}', '"admin"');
    end if;
    return jsonb_build_object('claims', claims);
end
$$;

-- Only Supabase Auth may run the hook; it must not be callable through the data API.
revoke execute on function public.campaign_access_token_hook(jsonb) from public;
do $$
begin
    revoke execute on function public.campaign_access_token_hook(jsonb) from anon, authenticated;
    if exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
        grant execute on function public.campaign_access_token_hook(jsonb) to supabase_auth_admin;
    end if;
end
$$;
