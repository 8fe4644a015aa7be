-- Campaign Console: live changes. Supabase Realtime streams only tables in the supabase_realtime publication.
-- Hosted projects have the publication already; a bare PostgreSQL gets it here. Safe to run more than once.
do $$
begin
    if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
        create publication supabase_realtime;
    end if;
    -- A publication FOR ALL TABLES already includes campaigns and refuses ADD TABLE.
    if not exists (select 1 from pg_publication where pubname = 'supabase_realtime' and puballtables)
       and not exists (select 1 from pg_publication_tables
                       where pubname = 'supabase_realtime' and schemaname = 'public'
                         and tablename = 'campaigns') then
        alter publication supabase_realtime add table public.campaigns;
    end if;
end
$$;
