-- Burgerberaden drawn by lot: the uploaded quota and pool files, the computed lottery and the draw.
-- The pool file holds personal data: it stays in this table only, never in the audit log or the lottery file.
-- A drawn assembly is final: the lottery and the seed are written once (the service checks seed is null).

create table sortition_assembly (
    id                 bigint generated always as identity primary key,
    name               text not null check (length(name) between 1 and 200),
    panel_size         integer not null check (panel_size >= 1),
    one_per_household  boolean not null,
    categories_name    text not null,
    categories_csv     text not null,
    pool_name          text not null,
    pool_csv           text not null,
    algorithm          text check (algorithm in ('LEXIMIN', 'MAXIMIN')),
    lottery_file       text,
    result_hash        text,
    seed               text,
    panel_members      text,
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    check ((lottery_file is null) = (result_hash is null)),
    check (seed is null or lottery_file is not null)
);
