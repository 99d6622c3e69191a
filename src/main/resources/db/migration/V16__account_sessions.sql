-- The account's security stamp: bumped when the account is disabled, its grants change or its password changes.
-- Each signed-in session carries the stamp it signed in with; a session whose stamp no longer matches ends.
alter table user_account add column security_stamp bigint default 0 not null;

-- The signed-in sessions, for "My settings": written by security.SessionStampFilter (last seen at most once a
-- minute), removed when the session ends. A session whose row is gone is refused (ended from another session).
create table account_session (
    id             varchar(36)  primary key,
    account_id     bigint       not null references user_account (id) on delete cascade,
    started_at     timestamp(6) with time zone not null,
    last_seen_at   timestamp(6) with time zone not null,
    client_address varchar(64),
    user_agent     varchar(300)
);
create index ix_account_session_account on account_session (account_id);
