-- Assemblies drawn with the overview form before V305 get their round-0 row, so that they can be replaced and
-- cannot be drawn again. Who drew and when come from the draw's audit row ("burgerberaad.getrokken", written once
-- per assembly by that form), the ticket from its details; how the seed was made was not recorded.

insert into sortition_draw (assembly_id, round, seed_method, seed, entered_by, entered_at, result_hash, ticket,
                            members)
select a.id, 0, 'UNRECORDED', a.seed, l.actor, l.occurred_at, a.result_hash, (l.details::jsonb ->> 'lot')::bigint,
       a.panel_members
from sortition_assembly a
cross join lateral (
    select actor, occurred_at, details from audit_log
    where subject = 'burgerberaad:' || a.id and action = 'burgerberaad.getrokken'
    order by sequence limit 1) l
where a.seed is not null
  and not exists (select 1 from sortition_draw d where d.assembly_id = a.id and d.round = 0);
