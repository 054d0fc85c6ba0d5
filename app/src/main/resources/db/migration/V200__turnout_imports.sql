-- Turnout: every file imported, with what it held. Figures are never stored: the turnout library computes them from
-- these rows each time. Rows are never changed or removed; a newer import of the same thing is the one in use
-- (see docs/decisions/0014-turnout-storage.md).

create table turnout_import (
    id               bigint generated always as identity primary key,
    -- null only for a national CBS table of eligible voters
    municipality_id  bigint references municipality (id),
    kind             text not null check (kind in ('COUNT', 'STATIONS', 'BOUNDARIES', 'ELIGIBLE_VOTERS', 'POPULATION')),
    file_name        text not null check (length(file_name) between 1 and 300),
    file_format      text not null,
    sha256           char(64) not null,
    imported_by      text not null,
    imported_at      timestamptz not null default now(),
    check (municipality_id is not null or kind = 'ELIGIBLE_VOTERS')
);
create index turnout_import_municipality on turnout_import (municipality_id, kind);

-- What the reader noticed and accepted (e.g. "read as Windows-1252"), shown with the import.
create table turnout_import_note (
    import_id  bigint not null references turnout_import (id),
    position   integer not null,
    code       text not null,
    message    text not null,
    primary key (import_id, position)
);

-- The count of one municipality in one election (osv4-3 CSV or EML 510b).
create table turnout_count (
    import_id            bigint primary key references turnout_import (id),
    election_name        text not null check (length(election_name) between 1 and 300),
    election_date        date not null,
    municipality_code    char(6) not null check (municipality_code ~ '^GM[0-9]{4}$'),
    municipality_name    text not null,
    called_voters_total  bigint not null check (called_voters_total >= 0)
);

-- One column of a count: a polling station on election day or on an early-voting day.
create table turnout_count_station (
    import_id           bigint not null references turnout_count (import_id),
    position            integer not null,
    number              integer not null check (number > 0),
    name                text not null,
    postcode            text not null default '',
    station_type        text not null check (station_type in ('FIXED', 'SPECIAL', 'MOBILE')),
    called_voters       bigint not null check (called_voters >= 0),
    poll_cards          bigint not null check (poll_cards >= 0),
    proxy_certificates  bigint not null check (proxy_certificates >= 0),
    voter_cards         bigint not null check (voter_cards >= 0),
    admitted_voters     bigint not null check (admitted_voters >= 0),
    valid_votes         bigint not null check (valid_votes >= 0),
    blank_votes         bigint not null check (blank_votes >= 0),
    invalid_votes       bigint not null check (invalid_votes >= 0),
    early               boolean not null,
    -- election day, the early day, or null for an early day the file does not name
    voting_date         date,
    primary key (import_id, position),
    unique (import_id, number),
    check (early or voting_date is not null)
);

-- One row of the Stembureaus Open Data Standaard: a station at one place for one opening window.
create table turnout_station_stop (
    import_id              bigint not null references turnout_import (id),
    position               integer not null,
    municipality_code      char(6) check (municipality_code ~ '^GM[0-9]{4}$'),
    number                 integer not null check (number > 0),
    name                   text not null,
    station_type           text not null check (station_type in ('FIXED', 'SPECIAL', 'MOBILE')),
    bag_id                 text not null default '',
    street                 text not null default '',
    house_number           text not null default '',
    house_letter           text not null default '',
    house_number_addition  text not null default '',
    postcode               text not null default '',
    place                  text not null default '',
    extra_address          text not null default '',
    latitude               double precision check (latitude between -90 and 90),
    longitude              double precision check (longitude between -180 and 180),
    opens                  timestamp not null,
    closes                 timestamp not null,
    -- answer per accessibility attribute, keyed by the feature's name (PHYSICAL_ACCESS, TOILET, …)
    accessibility          jsonb not null default '{}',
    extra_accessibility    text not null default '',
    district_code          text,
    neighbourhood_code     text,
    source_row             integer not null,
    primary key (import_id, position),
    check ((latitude is null) = (longitude is null)),
    check (closes > opens)
);

-- A CBS area: the municipality, a wijk or a buurt, with its shape as WKB in WGS84 (x = longitude).
create table turnout_area (
    import_id  bigint not null references turnout_import (id),
    position   integer not null,
    code       text not null,
    name       text not null default '',
    level      text not null check (level in ('MUNICIPALITY', 'DISTRICT', 'NEIGHBOURHOOD')),
    shape      bytea,
    primary key (import_id, position),
    unique (import_id, code)
);

-- Inhabitants (or eligible voters) per area.
create table turnout_population (
    import_id  bigint not null references turnout_import (id),
    position   integer not null,
    area_code  text not null,
    name       text not null default '',
    persons    bigint not null check (persons >= 0),
    basis      text not null check (basis in ('ELIGIBLE_VOTERS', 'INHABITANTS')),
    source     text not null,
    primary key (import_id, position)
);

-- CBS estimate of eligible voters per municipality.
create table turnout_eligible_estimate (
    import_id          bigint not null references turnout_import (id),
    position           integer not null,
    municipality_code  char(6) not null check (municipality_code ~ '^GM[0-9]{4}$'),
    municipality_name  text not null default '',
    eligible_voters    bigint not null check (eligible_voters >= 0),
    rounded_to         bigint not null check (rounded_to >= 1),
    table_name         text not null,
    primary key (import_id, position)
);
create index turnout_eligible_estimate_code on turnout_eligible_estimate (municipality_code);

create function turnout_row_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger turnout_import_append_only before update or delete on turnout_import
    for each row execute function turnout_row_is_append_only();
create trigger turnout_import_note_append_only before update or delete on turnout_import_note
    for each row execute function turnout_row_is_append_only();
create trigger turnout_count_append_only before update or delete on turnout_count
    for each row execute function turnout_row_is_append_only();
create trigger turnout_count_station_append_only before update or delete on turnout_count_station
    for each row execute function turnout_row_is_append_only();
create trigger turnout_station_stop_append_only before update or delete on turnout_station_stop
    for each row execute function turnout_row_is_append_only();
create trigger turnout_area_append_only before update or delete on turnout_area
    for each row execute function turnout_row_is_append_only();
create trigger turnout_population_append_only before update or delete on turnout_population
    for each row execute function turnout_row_is_append_only();
create trigger turnout_eligible_estimate_append_only before update or delete on turnout_eligible_estimate
    for each row execute function turnout_row_is_append_only();
