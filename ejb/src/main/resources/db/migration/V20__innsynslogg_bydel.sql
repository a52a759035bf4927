-- The person's bydel when the line was written, so the scope rule (Omfang) applies the bydel to the
-- innsynslogg as to everything else. Older lines have none: only kommune-wide users see them.
ALTER TABLE innsynslogg ADD COLUMN bydel_nummer char(6) CHECK (bydel_nummer ~ '^[0-9]{6}$');
