-- Sessions kept in PostgreSQL (issue 11): Spring Session JDBC's own tables, as its jar ships
-- them for PostgreSQL (org/springframework/session/jdbc/schema-postgresql.sql, Spring Session
-- 4.1), so that every node of the portal sees the same sessions and an account's sessions can
-- be ended by its username (PRINCIPAL_NAME) when it is disabled, changes role or agency.
-- spring.session.jdbc.initialize-schema=never: Flyway owns the schema.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The version of the data the statistics engine reads (stats/StatsCache keys its kept answers
-- on it). A session is written at every request, so PostgreSQL's snapshot changes all the time;
-- this number moves only when returns, targets or the agency tree do: one more per committing
-- transaction that wrote any of them, in the same commit, so a reader that sees the new version
-- sees the new data too.
create table data_version (
    one     boolean primary key default true,
    version bigint  not null,
    constraint data_version_one_row check (one)
);
insert into data_version (one, version) values (true, 1);

-- Runs at commit (deferred), once per transaction whatever it wrote: the row lock on
-- data_version is held only while the transaction commits, so savers do not queue behind each
-- other's whole transactions. The flag is transaction-local (set_config(..., true)).
create function data_version_bump() returns trigger
    language plpgsql as $$
begin
    if current_setting('thads.data_version_bumped', true) is distinct from 'yes' then
        update data_version set version = version + 1;
        perform set_config('thads.data_version_bumped', 'yes', true);
    end if;
    return null;
end
$$;

create constraint trigger monthly_return_data_version after insert or update or delete on monthly_return
    deferrable initially deferred for each row execute function data_version_bump();
create constraint trigger target_data_version after insert or update or delete on target
    deferrable initially deferred for each row execute function data_version_bump();
create constraint trigger agency_data_version after insert or update or delete on agency
    deferrable initially deferred for each row execute function data_version_bump();
create constraint trigger agency_name_data_version after insert or update or delete on agency_name
    deferrable initially deferred for each row execute function data_version_bump();
create constraint trigger agency_succession_data_version after insert or update or delete on agency_succession
    deferrable initially deferred for each row execute function data_version_bump();
