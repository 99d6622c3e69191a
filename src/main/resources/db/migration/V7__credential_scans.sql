-- An optional scanned copy of a credential (PDF, JPEG or PNG). The file lives under xuefa.files-dir at scan_path,
-- a path made of the credential id and a random name; the row keeps its checked content type, size and time.

alter table credential add column scan_path varchar(300);
alter table credential add column scan_content_type varchar(100);
alter table credential add column scan_size bigint;
alter table credential add column scan_uploaded_at timestamp(6) with time zone;
