-- Hand-written data back-fill (no schema change). Before 0019 a declaration's context was free text only. Every
-- declaration for a context becomes kind "other", its label kept exactly as the coalition typed it; district-wide
-- declarations (context '') have no kind. Coalitions can pick a closer kind the next time they declare.
UPDATE `declarations` SET `context_kind` = 'other' WHERE `context` <> '' AND `context_kind` IS NULL;
