-- Double entry of processen-verbaal. Nothing here is ever updated: a save is a new report_entry row, every
-- transition a new data_entry_state row (see docs/decisions/0015-data-entry-storage.md).

-- One proces-verbaal to be entered twice: a polling station's count in a GSB session (election_station_id set), or
-- the GSB's result as the CSB enters it (election_station_id null; one per CSB session).
create table data_entry (
    id                   bigint generated always as identity primary key,
    session_id           bigint not null references committee_session (id),
    election_station_id  bigint references election_station (id),
    model                text not null check (model in ('GSB_CSO', 'GSB_DSO', 'CSB')),
    created_at           timestamptz not null default now()
);
create unique index data_entry_one_per_station on data_entry (session_id, coalesce(election_station_id, 0));

-- What a typist typed, as saved at one moment: every box by its name on paper (A, E.2, list.2.candidate.5), an
-- empty box as the empty string.
create table report_entry (
    id             bigint generated always as identity primary key,
    data_entry_id  bigint not null references data_entry (id),
    typist         text not null,
    fields         jsonb not null,
    last_section   text not null default '',
    created_at     timestamptz not null default now()
);
create index report_entry_data_entry on report_entry (data_entry_id);

-- The state of a data entry after each transition (nl.stemwerk.kieswet.dataentry.DataEntryStatus); the row with the
-- highest version is the state now. Two transitions at once both want the same next version: one fails.
create table data_entry_state (
    data_entry_id    bigint not null references data_entry (id),
    version          integer not null check (version > 0),
    status           text not null check (status in ('EMPTY', 'FIRST_ENTRY_IN_PROGRESS', 'FIRST_ENTRY_HAS_ERRORS',
                                                     'FIRST_ENTRY_FINALISED', 'SECOND_ENTRY_IN_PROGRESS',
                                                     'ENTRIES_DIFFERENT', 'FIRST_ENTRY_CORRECTION',
                                                     'SECOND_ENTRY_CORRECTION', 'DEFINITIVE')),
    first_typist     text,
    first_entry_id   bigint references report_entry (id),
    second_typist    text,
    second_entry_id  bigint references report_entry (id),
    action           text not null,
    actor            text not null,
    changed_at       timestamptz not null default now(),
    primary key (data_entry_id, version)
);

create trigger report_entry_append_only
    before update or delete on report_entry
    for each row execute function election_row_is_append_only();
create trigger data_entry_state_append_only
    before update or delete on data_entry_state
    for each row execute function election_row_is_append_only();
