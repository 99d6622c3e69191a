-- An official has at most one account: the roll-out creates accounts in bulk, and two runs at once (a double
-- click, two HR users) must not give anyone a second one. NULLs (accounts of no official) stay allowed.
create unique index uk_user_account_official on user_account (official_id);
