-- Sign-in protection (issue 11): failed sign-ins and the locks they cause, kept in the database
-- so that every node of the portal sees them. One row per (username as typed, client address):
-- an unknown username counts and locks exactly like a known one, and a lock holds for one address
-- only, so a stranger cannot lock an officer out of every computer.
create table sign_in_failure (
    -- trimmed, lower case, at most 60 characters (like user_account.username)
    username      varchar(60)  not null,
    address       varchar(64)  not null,
    -- failures since the last success or the last lock
    failures      integer      not null,
    -- how many times the pair has been locked: each lock lasts twice the one before
    locks         integer      not null default 0,
    last_failure  timestamptz  not null,
    locked_until  timestamptz,
    primary key (username, address)
);
create index sign_in_failure_locked_idx on sign_in_failure (locked_until) where locked_until is not null;
create index sign_in_failure_last_idx on sign_in_failure (last_failure);

-- Failures of one client address across all usernames, counted in a window.
create table sign_in_address (
    address       varchar(64)  primary key,
    failures      integer      not null,
    window_start  timestamptz  not null,
    locks         integer      not null default 0,
    last_failure  timestamptz  not null,
    locked_until  timestamptz
);

alter table user_audit drop constraint user_audit_action_known;
alter table user_audit add constraint user_audit_action_known
    check (action in ('IMPORTED', 'CREATED', 'UPDATED', 'MOVED', 'LOCKED', 'UNLOCKED'));
