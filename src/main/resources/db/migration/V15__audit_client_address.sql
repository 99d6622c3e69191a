-- The client address of each audited event (behind a TLS proxy, the forwarded one). Runs on H2 and PostgreSQL.
alter table audit_entry add column client_address varchar(64);
