-- Campaign Console: names are text, budgets are exact. Safe to run more than once.
--
--   * a name holds no control character (Unicode's Cc: U+0001-U+001F, U+007F-U+009F; text cannot hold
--     U+0000): a terminal acts on ESC, BEL or a newline, and a tab or newline forges rows in tab-separated
--     output;
--   * a name is more than Unicode separators (Zs, Zl, Zp, listed below);
--   * a budget is below 1,000,000,000,000 in whole cents: every client holds it as a double, which keeps 15
--     significant digits, so a larger or finer value would be rounded somewhere on its way.
--
-- The sandbox (app/sandbox/CampaignTable.cpp) and the console (app/data/CampaignRules.cpp) check the same, and
-- tests/parity/campaign_rules.json is run against all three. The constraints keep their names, so a refusal is
-- still a 23514 naming campaigns_name_check or campaigns_budget_check. They are added NOT VALID: rows written
-- before this migration stay readable, and any write to one of them must make it valid.
alter table public.campaigns drop constraint if exists campaigns_name_check;
alter table public.campaigns add constraint campaigns_name_check check (
    char_length(name) between 1 and 200
    and name !~ '[\u0001-\u001f\u007f-\u009f]'
    and name !~ '^[\u0020\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$'
) not valid;

alter table public.campaigns drop constraint if exists campaigns_budget_check;
alter table public.campaigns add constraint campaigns_budget_check check (
    budget >= 0 and budget <> 'NaN' and budget < 1000000000000 and budget = round(budget, 2)
) not valid;
