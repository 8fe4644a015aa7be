-- Campaign Console: the campaigns table, exactly as the console expects it and the sandbox imitates it
-- (app/sandbox/CampaignTable.cpp). Safe to run more than once.

do $$
begin
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where n.nspname = 'public' and t.typname = 'campaign_status') then
        create type public.campaign_status as enum
            ('draft', 'scheduled', 'active', 'paused', 'completed', 'archived');
    end if;
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where n.nspname = 'public' and t.typname = 'campaign_channel') then
        create type public.campaign_channel as enum ('email', 'social', 'ads');
    end if;
end
$$;

-- Constraint names follow PostgreSQL's <table>_<column>_check convention; the sandbox uses the same names, so
-- a 23514 error names the same constraint on both.
create table if not exists public.campaigns (
    id uuid not null default gen_random_uuid() constraint campaigns_pkey primary key,
    -- The owner: whoever inserts the row, unless the caller says otherwise (row-level security decides whether
    -- they may).
    user_id uuid not null default auth.uid(),
    name text not null constraint campaigns_name_check check (char_length(name) between 1 and 200),
    status public.campaign_status not null default 'draft',
    channel public.campaign_channel not null default 'email',
    -- numeric accepts 'NaN', and NaN >= 0 is true in PostgreSQL: rule it out like the sandbox does.
    budget numeric not null default 0 constraint campaigns_budget_check check (budget >= 0 and budget <> 'NaN'),
    currency text not null default 'USD' constraint campaigns_currency_check check (currency ~ '^[A-Z]{3}$'),
    start_date date,
    end_date date,
    audience_size integer not null default 0 constraint campaigns_audience_size_check check (audience_size >= 0),
    sent_count integer not null default 0 constraint campaigns_sent_count_check check (sent_count >= 0),
    open_count integer not null default 0 constraint campaigns_open_count_check check (open_count >= 0),
    click_count integer not null default 0 constraint campaigns_click_count_check check (click_count >= 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint campaigns_dates_check check (end_date is null or start_date is null or end_date >= start_date)
);

-- Row-level security filters every marketer's read by user_id; the console pages by created_at within it.
create index if not exists campaigns_user_created_idx on public.campaigns (user_id, created_at);
create index if not exists campaigns_created_at_idx on public.campaigns (created_at);

-- created_at and updated_at are server-set, whatever the client sends (the sandbox ignores both columns in
-- writes): created_at is fixed at insert, updated_at moves on every update. The console compares updated_at to
-- detect that a row changed on the server since it was read.
create or replace function public.campaigns_set_timestamps()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
        new.updated_at := new.created_at;
    else
        new.created_at := old.created_at;
        new.updated_at := now();
    end if;
    return new;
end
$$;

drop trigger if exists campaigns_set_timestamps on public.campaigns;
create trigger campaigns_set_timestamps
    before insert or update on public.campaigns
    for each row execute function public.campaigns_set_timestamps();

-- Supabase grants these by default privileges; stated here so a bare PostgreSQL ends up the same. Row-level
-- security (next migration) decides which rows each role sees.
grant usage on schema public to anon, authenticated, service_role;
grant select, insert, update, delete on public.campaigns to anon, authenticated, service_role;
