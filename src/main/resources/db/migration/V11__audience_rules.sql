-- One audience model for exams and study sessions (people.AudienceRule): typed columns instead of kind + ref.
alter table exam_audience add column unit_id bigint;
alter table exam_audience add column official_id bigint;
alter table exam_audience add column category varchar(32);
alter table exam_audience add column role_name varchar(16);
update exam_audience set unit_id = cast(ref as bigint) where kind = 'UNIT';
update exam_audience set official_id = cast(ref as bigint) where kind = 'OFFICIAL';
update exam_audience set category = ref where kind = 'CATEGORY';
update exam_audience set role_name = ref where kind = 'ROLE';
alter table exam_audience drop column ref;
create index ix_exam_audience_unit on exam_audience (unit_id);

alter table study_session_invitee add column unit_id bigint;
alter table study_session_invitee add column official_id bigint;
alter table study_session_invitee add column category varchar(32);
alter table study_session_invitee add column role_name varchar(16);
update study_session_invitee set unit_id = cast(ref as bigint) where kind = 'UNIT';
update study_session_invitee set official_id = cast(ref as bigint) where kind = 'OFFICIAL';
update study_session_invitee set category = ref where kind = 'CATEGORY';
update study_session_invitee set role_name = ref where kind = 'ROLE';
alter table study_session_invitee drop column ref;
create index ix_study_session_invitee_unit on study_session_invitee (unit_id);
