-- What a committee records in its public session, and the documents it adopts at the end. Append-only.

-- Who was present: a member of the committee with their function. A row entered by mistake is withdrawn by a later
-- row that names it; nothing is removed.
create table session_attendance (
    id            bigint generated always as identity primary key,
    session_id    bigint not null references committee_session (id),
    name          text not null check (length(name) between 1 and 200),
    function      text not null check (function in ('VOORZITTER', 'LID', 'PLAATSVERVANGEND_LID')),
    present_from  time,
    present_until time,
    withdraws     bigint references session_attendance (id),
    recorded_by   text not null,
    recorded_at   timestamptz not null default now()
);

-- An objection (bezwaar) or particularity raised in the session, about one polling station or the whole session.
create table session_objection (
    id                   bigint generated always as identity primary key,
    session_id           bigint not null references committee_session (id),
    election_station_id  bigint references election_station (id),
    text                 text not null check (length(text) between 1 and 4000),
    recorded_by          text not null,
    recorded_at          timestamptz not null default now()
);

-- The committee's explanation of a warning on a definitive result (W.201–W.204), for the proces-verbaal. A new
-- explanation of the same warning is a new row; the latest counts.
create table warning_explanation (
    id             bigint generated always as identity primary key,
    data_entry_id  bigint not null references data_entry (id),
    code           text not null check (code ~ '^W[0-9]{3}$'),
    explanation    text not null check (length(explanation) between 1 and 4000),
    recorded_by    text not null,
    recorded_at    timestamptz not null default now()
);
create index warning_explanation_entry on warning_explanation (data_entry_id);

-- The documents adopted when a session finishes (proces-verbaal, EML, CSV), exactly as handed out, with their
-- SHA-256 hash code. A session reopened and finished again adds a new set (higher set number).
create table session_document (
    id          bigint generated always as identity primary key,
    session_id  bigint not null references committee_session (id),
    set_number  integer not null check (set_number > 0),
    file_name   text not null,
    media_type  text not null,
    sha256      char(64) not null,
    content     bytea not null,
    created_at  timestamptz not null default now(),
    unique (session_id, set_number, file_name)
);

create trigger session_attendance_append_only before update or delete on session_attendance
    for each row execute function election_row_is_append_only();
create trigger session_objection_append_only before update or delete on session_objection
    for each row execute function election_row_is_append_only();
create trigger warning_explanation_append_only before update or delete on warning_explanation
    for each row execute function election_row_is_append_only();
create trigger session_document_append_only before update or delete on session_document
    for each row execute function election_row_is_append_only();
