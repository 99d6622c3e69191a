-- External training as HR records it (issue 15): the organiser, the certificate number and the first day, each in
-- its own column so the list of a scope's external training reads them in SQL. Only EXTERNAL credits fill them.
alter table study_credit add column provider varchar(200);
alter table study_credit add column certificate varchar(100);
alter table study_credit add column started_on date;
create index ix_study_credit_source_year on study_credit (source, credit_year);
