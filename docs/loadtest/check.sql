-- The lost-update check of the load test (docs/benchmarks.md, "Load"): compares every write
-- the simulation logged (target/load/writes.csv, on standard input) with what PostgreSQL holds.
--   psql -h 127.0.0.1 -p PORT -U postgres -d thads -f docs/loadtest/check.sql < target/load/writes.csv
-- A return must hold exactly the figures of its last write the portal confirmed (or of a later
-- write whose answer never came: it may have committed), in the status that write left
-- (SUBMITTED after a confirmed submit). Run it while no client writes. Figures are derived from each write's marker as in
-- LoadFigures. Also: every return of the periods written keeps F = G + H in both forms.
\set ON_ERROR_STOP on
create temp table logged (agency text, period text, seq int, outcome text, marker bigint, submitted boolean);
\copy logged from pstdin with (format csv, header true)

-- a write may be logged twice: `unknown` before it is sent (a client that dies mid-request),
-- then what the answer said
create temp view writes as
select agency, period, seq,
    case when bool_or(outcome = 'ok') then 'ok' when bool_or(outcome = 'failed') then 'failed' else 'unknown' end
        as outcome,
    min(marker) as marker, bool_or(submitted) as submitted
from logged group by agency, period, seq;

create temp view stored as
select a.code as agency, to_char(m.period, 'YYYY-MM') as period, m.status, m.version,
    m.cases_carried_over, m.cases_newly_accepted, m.cases_entrusted, m.cases_withdrawn, m.cases_without_conditions,
    m.cases_completed, m.cases_terminated, m.cases_reduced, m.cases_in_progress, m.cases_postponed,
    m.cases_suspended, m.cases_other, m.money_carried_over, m.money_newly_accepted, m.money_entrusted,
    m.money_withdrawn, m.money_without_conditions, m.money_completed, m.money_terminated, m.money_reduced,
    m.money_in_progress, m.money_postponed, m.money_suspended, m.money_other
from monthly_return m join agency a on a.id = m.agency_id;

-- the writes a return may hold: its last confirmed one, and any later one left without an answer
create temp view candidates as
select w.* from writes w
left join (select agency, period, max(seq) as seq from writes where outcome = 'ok' group by 1, 2) l
    using (agency, period)
where w.seq = l.seq or (w.outcome = 'unknown' and w.seq > coalesce(l.seq, 0));

create temp view matches as
select c.agency, c.period, c.seq from candidates c join stored s using (agency, period)
where s.cases_carried_over = 100 and s.cases_newly_accepted = c.marker and s.cases_entrusted = 2
    and s.cases_withdrawn = 1 and s.cases_without_conditions = 10 and s.cases_completed = 40
    and s.cases_terminated = 5 and s.cases_reduced = 0 and s.cases_in_progress = 36 + c.marker
    and s.cases_postponed = 3 and s.cases_suspended = 2 and s.cases_other = 1
    and s.money_carried_over = 5000 and s.money_newly_accepted = 10 * c.marker and s.money_entrusted = 20
    and s.money_withdrawn = 0 and s.money_without_conditions = 100 and s.money_completed = 2000
    and s.money_terminated = 100 and s.money_reduced = 50 and s.money_in_progress = 2670 + 10 * c.marker
    and s.money_postponed = 30 and s.money_suspended = 20 and s.money_other = 10
    and (case when c.outcome = 'ok' and c.submitted then s.status = 'SUBMITTED'
              when c.outcome = 'ok' then s.status in ('DRAFT', 'RETURNED')
              else true end);

\echo '== writes logged by the simulation'
select outcome, submitted, count(*) from writes group by 1, 2 order by 1, 2;

\echo '== returns written (slots) and how they compare'
select count(*) as returns_written,
    count(*) filter (where confirmed) as with_a_confirmed_write,
    count(*) filter (where confirmed and matched) as holding_a_write_they_may_hold,
    count(*) filter (where confirmed and not matched) as lost_updates,
    count(*) filter (where not confirmed and in_db and not matched) as unexplained_rows
from (
    select w.agency, w.period,
        bool_or(w.outcome = 'ok') as confirmed,
        exists (select 1 from matches m where m.agency = w.agency and m.period = w.period) as matched,
        exists (select 1 from stored s where s.agency = w.agency and s.period = w.period) as in_db
    from writes w group by w.agency, w.period
) slots;

\echo '== lost updates (a confirmed write not in the database), first 20'
select w.agency, w.period, max(w.seq) filter (where w.outcome = 'ok') as last_confirmed_seq,
    s.status, s.version, s.cases_newly_accepted
from writes w left join stored s using (agency, period)
group by w.agency, w.period, s.status, s.version, s.cases_newly_accepted
having bool_or(w.outcome = 'ok')
    and not exists (select 1 from matches m where m.agency = w.agency and m.period = w.period)
limit 20;

\echo '== returns of the written periods that break F = G + H (half-written), any agency'
select count(*) as broken_identity from stored s
where s.period in (select distinct period from writes)
  and (s.cases_carried_over + s.cases_newly_accepted - s.cases_entrusted - s.cases_withdrawn
         <> s.cases_completed + s.cases_terminated + s.cases_reduced + s.cases_in_progress + s.cases_postponed
            + s.cases_suspended + s.cases_other + s.cases_without_conditions
    or s.money_carried_over + s.money_newly_accepted - s.money_entrusted - s.money_withdrawn
         <> s.money_completed + s.money_terminated + s.money_reduced + s.money_in_progress + s.money_postponed
            + s.money_suspended + s.money_other + s.money_without_conditions);
