-- The application keeps a read-only copy of each election (lists, candidates, stations) in memory, because every data
-- entry request needs it (see docs/decisions/0021-election-cache.md). A copy is valid as long as the election's
-- revision here is unchanged. Triggers bump it on every change to the tables the copy is made of, whoever writes
-- them, so no writer can forget to invalidate the copy. A sequence never hands out a number twice, not even after
-- a rollback, so a revision seen once never comes back with other content.
create sequence election_revision_number;

create table election_revision (
    election_id  bigint primary key,
    revision     bigint not null
);

create function election_revision_bump() returns trigger language plpgsql as $$
declare
    changed_election bigint;
begin
    if tg_table_name = 'election' then
        changed_election := coalesce(new.id, old.id);
    else
        changed_election := coalesce(new.election_id, old.election_id);
    end if;
    insert into election_revision (election_id, revision)
    values (changed_election, nextval('election_revision_number'))
    on conflict (election_id) do update set revision = excluded.revision;
    return null;
end;
$$;

create trigger election_revision_on_election
    after insert or update on election
    for each row execute function election_revision_bump();
create trigger election_revision_on_list
    after insert or update or delete on election_list
    for each row execute function election_revision_bump();
create trigger election_revision_on_candidate
    after insert or update or delete on candidate
    for each row execute function election_revision_bump();
create trigger election_revision_on_station
    after insert or update or delete on election_station
    for each row execute function election_revision_bump();

-- The copy also holds the postcode of the municipality's polling station.
create function election_revision_bump_for_polling_station() returns trigger language plpgsql as $$
begin
    update election_revision set revision = nextval('election_revision_number')
    where election_id in (select s.election_id from election_station s where s.polling_station_id = new.id);
    return null;
end;
$$;

create trigger election_revision_on_polling_station
    after update on polling_station
    for each row execute function election_revision_bump_for_polling_station();

-- Elections stored before this migration.
insert into election_revision (election_id, revision)
select id, nextval('election_revision_number') from election;
