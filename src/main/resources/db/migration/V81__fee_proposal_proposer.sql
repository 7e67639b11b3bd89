-- Who filed a property-fee proposal (procedures.md §1): the property company or the owners' committee of the estate.
-- A revision goes back to that party only, and a completion may not change it. Empty for cases filed before.
ALTER TABLE fee_proposal ADD COLUMN proposed_by VARCHAR(40);
