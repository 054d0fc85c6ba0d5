-- How long a burgerberaad keeps the personal data of its volunteers (AVG art. 5(1)(c) and (e), decision 0025).
-- After retain_until the pool file is emptied; what the public verification needs (the lottery files, seeds,
-- hashes and volunteer numbers) stays. personal_data_deleted_at is set once.

create table sortition_retention (
    assembly_id              bigint primary key references sortition_assembly (id),
    last_meeting             date not null,
    retain_until             date not null check (retain_until >= last_meeting),
    set_by                   text not null,
    personal_data_deleted_at timestamptz
);
