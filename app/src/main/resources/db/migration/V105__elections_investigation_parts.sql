-- A correction may cover several parts of the proces-verbaal (docs/decisions/0022-referral-gaps.md): the single
-- corrected_part of V104 becomes the list corrected_parts, in paper order (kiezers, stemmen, verschillen, lijst-n).
alter table investigation_state add column corrected_parts text[];

-- Existing states keep their one part. The append-only trigger is lifted for this copy only: the value is the same
-- fact in the new shape, and the audit rows (which hash the change, not the table row) are untouched.
alter table investigation_state disable trigger investigation_state_append_only;
update investigation_state set corrected_parts = array[corrected_part] where corrected_part is not null;
alter table investigation_state enable trigger investigation_state_append_only;

-- Dropping the column also drops its checks, including "with new results needs a part".
alter table investigation_state drop column corrected_part;

alter table investigation_state
    add constraint investigation_state_parts_known check (
        corrected_parts is null or (
            cardinality(corrected_parts) between 1 and 1000
            and array_position(corrected_parts, null) is null
            and array_to_string(corrected_parts, ',')
                ~ '^(kiezers|stemmen|verschillen|lijst-[0-9]+)(,(kiezers|stemmen|verschillen|lijst-[0-9]+))*$')),
    add constraint investigation_state_new_results_name_parts check (
        status <> 'CONCLUDED_WITH_NEW_RESULTS' or corrected_parts is not null);
