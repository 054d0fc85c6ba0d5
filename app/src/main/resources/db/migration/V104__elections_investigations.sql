-- Referral and correction (terugverwijzing, onderzoek, corrigendum). Append-only, like every election table: an
-- investigation's conclusion is a new state row; a correction is a new data entry in the later GSB session that names
-- the data entry it corrects (see docs/decisions/0020-referral.md).

-- The CSB orders the GSB to investigate one polling station's result, with its reason. The investigation is done in
-- a later GSB session.
create table investigation (
    id                   bigint generated always as identity primary key,
    election_station_id  bigint not null references election_station (id),
    ordered_in_session   bigint not null references committee_session (id),
    gsb_session_id       bigint not null references committee_session (id),
    reason               text not null check (length(reason) between 1 and 4000),
    ordered_by           text not null,
    ordered_at           timestamptz not null default now(),
    unique (gsb_session_id, election_station_id)
);

-- Where an investigation stands after each transition (nl.stemwerk.kieswet.committee.InvestigationStatus), with the
-- GSB's findings, whether the ballots were recounted, and (with new results) which part of the proces-verbaal is
-- corrected: a section key of the entry form (kiezers, stemmen, verschillen, lijst-n). Highest version = now.
create table investigation_state (
    investigation_id  bigint not null references investigation (id),
    version           integer not null check (version > 0),
    status            text not null check (status in ('IN_PROGRESS', 'CONCLUDED_WITHOUT_NEW_RESULTS',
                                                      'CONCLUDED_WITH_NEW_RESULTS')),
    findings          text not null default '' check (length(findings) <= 4000),
    recounted         boolean,
    corrected_part    text check (corrected_part ~ '^(kiezers|stemmen|verschillen|lijst-[0-9]+)$'),
    actor             text not null,
    changed_at        timestamptz not null default now(),
    primary key (investigation_id, version),
    check (status <> 'CONCLUDED_WITH_NEW_RESULTS' or corrected_part is not null)
);

-- A correction record: the data entry of the later session that replaces the earlier definitive entry of the same
-- station. The earlier rows stay as they were.
create table correction (
    data_entry_id     bigint primary key references data_entry (id),
    investigation_id  bigint not null references investigation (id),
    corrects          bigint not null references data_entry (id),
    created_at        timestamptz not null default now()
);

create trigger investigation_append_only before update or delete on investigation
    for each row execute function election_row_is_append_only();
create trigger investigation_state_append_only before update or delete on investigation_state
    for each row execute function election_row_is_append_only();
create trigger correction_append_only before update or delete on correction
    for each row execute function election_row_is_append_only();
