-- Reports computed by the database (issue 11). What they filter on is already indexed: sessions by
-- (status, starts_at) and (unit_id, starts_at), attendance and make-up tasks by (session_id, official_id),
-- attempts by (exam_id, official_id, attempt_no), attempt items by (attempt_id, position), course progress by
-- (official_id, course_id), officials by unit, units by path. Missing was the way from an official to the roles
-- of their account, which an exam's or session's audience asks for every official of a role rule.
create index ix_report_user_account_official on user_account (official_id);
-- Who has not sat / failed: the attempt that counts is picked per official among the exam's submitted attempts.
create index ix_report_attempt_exam_status on exam_attempt (exam_id, status, official_id);
