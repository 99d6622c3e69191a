-- Fills the tables of units, posts, officials, assignments and credentials with 100,000 officials under the demo
-- town by plain SQL, without the city generator: issue 11's "any other means of filling the same tables". The
-- reports must not depend on anything the generator adds (its generated_dataset row, its id ranges, its names).
-- Runs on PostgreSQL (psql -f) and on H2 (org.h2.tools.RunScript) against a database holding the demo town;
-- see docs/benchmarks.md, "City-scale reports". Not idempotent: run it once per database.

create table fill_digit (d integer primary key);
insert into fill_digit (d) values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
create table fill_n (i integer primary key);
insert into fill_n (i)
select a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
from fill_digit a cross join fill_digit b cross join fill_digit c cross join fill_digit e cross join fill_digit f;

-- one root unit under the demo town and 100 units under it
insert into org_unit (version, code, name, name_en, kind, parent_id, path, sort_order)
select 0, 'sqlfill', 'SQL填充局', 'SQL-filled bureau', 'OTHER', t.id, t.path || 'sqlfill/', 900
from org_unit t where t.code = 'tangpeng';
insert into org_unit (version, code, name, name_en, kind, parent_id, path, sort_order)
select 0, 'sqlfill-' || cast(n.i as varchar(8)), 'SQL填充科室' || cast(n.i as varchar(8)),
       'SQL-filled office ' || cast(n.i as varchar(8)), 'OFFICE', r.id,
       r.path || 'sqlfill-' || cast(n.i as varchar(8)) || '/', n.i
from fill_n n cross join org_unit r where r.code = 'sqlfill' and n.i < 100;

-- per unit an enforcement post (950 established, a certificate required) and a general post (100)
insert into post (version, unit_id, kind, title, establishment, required_credential_type)
select 0, u.id, 'ENFORCEMENT', '执法岗', 950, 'ENFORCEMENT' from org_unit u where u.code like 'sqlfill-%';
insert into post (version, unit_id, kind, title, establishment, required_credential_type)
select 0, u.id, 'GENERAL', '综合岗', 100, null from org_unit u where u.code like 'sqlfill-%';

-- 100,000 officials, 1,000 per unit, one in ten on contract
insert into official (version, staff_number, name, unit_id, position_title, category, employment_type, active,
                      joined_on, left_on, account_id)
select 0, 'SQL-' || cast(n.i as varchar(8)), '填充干部' || cast(n.i as varchar(8)), u.id, '科员', 'STAFF',
       case when mod(n.i, 10) = 0 then 'CONTRACT' else 'ESTABLISHED' end, true, date '2020-01-01', null, null
from fill_n n join org_unit u on u.code = 'sqlfill-' || cast(mod(n.i, 100) as varchar(8));

-- the established hold their unit's enforcement post, a few of them the general post too (concurrent)
insert into post_assignment (version, post_id, official_id, assignment_type, start_date, end_date)
select 0, p.id, o.id, 'PRIMARY', date '2020-01-01', null
from official o join post p on p.unit_id = o.unit_id and p.kind = 'ENFORCEMENT'
where o.staff_number like 'SQL-%' and o.employment_type = 'ESTABLISHED';
insert into post_assignment (version, post_id, official_id, assignment_type, start_date, end_date)
select 0, p.id, o.id, 'CONCURRENT', date '2022-01-01', null
from official o join post p on p.unit_id = o.unit_id and p.kind = 'GENERAL'
where o.staff_number like 'SQL-%' and mod(o.id, 20) = 1;

-- an enforcement certificate for two in three, issued over six years: valid, expiring, expired; some suspended or
-- revoked
insert into credential (version, holder_id, type_code, number, fields, issued_on, expires_on, issuer, suspended_on,
                        suspend_reason, revoked_on, revoke_reason)
select 0, o.id, 'ENFORCEMENT', 'SQLC' || cast(o.id as varchar(20)), '综合行政执法',
       date '2020-06-01' + cast(mod(o.id, 2190) as integer),
       date '2020-06-01' + cast(mod(o.id, 2190) as integer) + 1825, '广东省人民政府',
       case when mod(o.id, 50) = 7 then date '2026-06-01' end, case when mod(o.id, 50) = 7 then '调查中' end,
       case when mod(o.id, 97) = 5 then date '2026-03-01' end, case when mod(o.id, 97) = 5 then '违法执法' end
from official o where o.staff_number like 'SQL-%' and mod(o.id, 3) <> 0;

drop table fill_n;
drop table fill_digit;
