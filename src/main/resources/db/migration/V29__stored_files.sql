-- Uploaded files (scanned credentials, session attachments) kept in the database, so that every node of a cluster
-- reads them (base.FileStore in database mode: cluster mode without xuefa.files.shared-dir, or
-- xuefa.files.store=database). path is the same relative path the owning rows store (credential.scan_path,
-- study_record_attachment.storage_path): <folder>/<32 random hex digits>[.<ext>]; folder is its directory part.
-- Files on disk move here with the command move-files-to-database (docs/deploy.md). bytea is PostgreSQL's binary
-- type and an alias of BINARY VARYING on H2, so this runs unchanged on both.
create table stored_file (
    path       varchar(300) primary key,
    folder     varchar(200) not null,
    content    bytea        not null,
    size       bigint       not null,
    created_at timestamp(6) with time zone not null
);
create index ix_stored_file_folder on stored_file (folder);
