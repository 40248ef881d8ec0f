-- Agencies through time (domain.md §1a).
--
-- Each agency's names with the day each took effect: a renamed agency keeps its identity
-- (TW: "Tổng cục Thi hành án dân sự" until 30/06/2025, "Cục Quản lý Thi hành án dân sự"
-- from 01/07/2025). A name is valid until the day before the next one's valid_from.
-- agency.name / agency.short_name stay as the current (latest) name, which most lists show.
create table agency_name (
    agency_id  bigint       not null references agency (id),
    valid_from date         not null,
    name       varchar(200) not null,
    short_name varchar(100) not null,
    primary key (agency_id, valid_from)
);
insert into agency_name (agency_id, valid_from, name, short_name)
select id, valid_from, name, short_name from agency;

-- A predecessor with several successors is counted under exactly one of them: the
-- primary link. Links made before this migration each had one successor: primary.
alter table agency_succession add column is_primary boolean not null default true;
create unique index agency_succession_one_primary_uk on agency_succession (predecessor_id) where is_primary;
