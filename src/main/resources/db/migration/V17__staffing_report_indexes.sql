-- Indexes for the staffing-gap report computed in SQL (staffing.StaffingSql), for a city of 100,000 officials.
--
-- post_assignment: the report takes the assignments of a subtree's posts that are active on a date
-- (post_id = p.id and start_date <= :date and (end_date is null or end_date >= :date)); with post, dates,
-- official and type in one index the database reads the holders of a post from the index alone instead of
-- visiting every assignment row the post ever had.
create index ix_assignment_post_dates on post_assignment (post_id, start_date, end_date, official_id, assignment_type);

-- credential: for each holder the report asks whether a credential of the posts' required type is valid on the
-- date (and expires within 90 days): holder_id = ? and type_code = ? and expires_on ...; ix_credential_holder
-- (holder_id) would read all of a holder's credentials of every type and ix_credential_type_expiry (type_code,
-- expires_on) all holders of a type.
create index ix_credential_holder_type on credential (holder_id, type_code, expires_on);

-- Not added, because they exist already:
-- * post (unit_id, kind): the unique constraint uk_post_unit_kind_title (unit_id, kind, title) leads with both, so
--   grouping a unit's posts by kind and the people of one unit and kind use it;
-- * org_unit (path): ix_org_unit_path (V1) serves "path like :prefix%" where the collation allows (C on
--   PostgreSQL, always on H2); the unit table is small (a city has a few thousand units) so a scan of it is cheap
--   either way, and the large tables are reached from it through post.unit_id (ix_post_unit) and the indexes above;
-- * official: joined by primary key.
