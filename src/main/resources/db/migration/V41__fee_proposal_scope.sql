-- The residents' area a property-fee case was filed in (procedures.md, "Scope"): with the estate, the record of
-- which committees work the case, against which the case's group variables are checked at every task. Empty for
-- cases filed before scope existed.
ALTER TABLE fee_proposal ADD COLUMN residents_area_id BIGINT;
