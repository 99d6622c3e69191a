-- Sign-in throttling (security.SignInThrottle): one row per counted key, shared by every node. The key is a hash
-- of the kind and the typed user name and/or client address, so no typed text (possibly a password typed into the
-- user-name field) is stored; subject is a display label (an existing account's name, a masked unknown name, or the
-- address). Times are epoch milliseconds so one atomic UPDATE works the same on H2 and PostgreSQL.
create table sign_in_throttle (
    key_hash      varchar(64) not null primary key,
    kind          varchar(16) not null,
    subject       varchar(120) not null,
    failures      integer     not null,
    window_start  bigint      not null,
    last_failure  bigint      not null,
    blocked_until bigint      not null
);
create index ix_sign_in_throttle_last_failure on sign_in_throttle (last_failure);

-- Passwords set by an administrator or generated at the first start must be changed at the next sign-in.
alter table user_account add column must_change_password boolean default false not null;
