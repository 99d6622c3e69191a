-- ShedLock's lock table (base.SchedulerLocks): one row per scheduled job, held by the node running it, so that in
-- cluster mode each job runs on one node at a time. Valid on H2 and PostgreSQL.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    primary key (name)
);
