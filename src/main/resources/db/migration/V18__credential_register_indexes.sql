-- Indexes for the credential register computed by the database (issue 11). The register joins credential to
-- official (ix_credential_holder, ix_official_unit) and org_unit (ix_org_unit_path for the scope's path prefixes),
-- filters a type's expiry with ix_credential_type_expiry and sorts by holder name with ix_official_name; these add
-- what it also filters and sorts on.

-- The import looks stored credentials up by number alone (in fixed-size chunks), and the register sorts by
-- number: the unique key (type_code, number) serves neither, number being its second column.
create index ix_credential_number on credential (number);

-- "Expiring within N days" over every type, the status conditions on the expiry date, and the sort by expiry:
-- ix_credential_type_expiry only serves them once a type is chosen.
create index ix_credential_expires on credential (expires_on);

-- A person's page lists their credentials newest first (findByHolderIdOrderByIssuedOnDesc), and the register sorts
-- by issue date: one index gives both the holder's rows and their order.
create index ix_credential_holder_issued on credential (holder_id, issued_on);
