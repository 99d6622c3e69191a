-- The account's security stamp: bumped when the account is disabled, its grants change or its password changes.
-- Each signed-in session carries the stamp it signed in with; a session whose stamp no longer matches ends.
alter table user_account add column security_stamp bigint default 0 not null;
