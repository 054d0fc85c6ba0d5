-- Every EML_NL file that put data into Stemwerk, byte for byte with its SHA-256, so that an import can always be
-- traced back to the file and to the hash code on the paper list. Rows are never changed or removed.

create table eml_file (
    id            bigint generated always as identity primary key,
    election_id   bigint not null references election (id),
    message_type  text not null check (message_type in ('110a', '110b', '230b', '510b', '510d', '520')),
    file_name     text not null check (length(file_name) between 1 and 255),
    sha256        char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes    bigint not null check (size_bytes > 0),
    content       bytea not null,
    -- where the file came from: 'upload' for a beheerder's upload, or the demo data set it was copied from
    source        text not null check (length(source) between 1 and 300),
    imported_by   text not null,
    imported_at   timestamptz not null default now(),
    check (octet_length(content) = size_bytes)
);
create index eml_file_election on eml_file (election_id);

create trigger eml_file_append_only
    before update or delete on eml_file
    for each row execute function election_row_is_append_only();
