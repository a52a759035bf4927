-- The key of the dialog that registered a tiltak. A browser resends a save whose answer it never
-- got (the cluster node died under it, the balancer answered 503); the key lets the service see
-- that the first attempt was stored after all, so the tiltak is stored exactly once.
ALTER TABLE tiltak ADD COLUMN lagringsnokkel varchar(36);
CREATE UNIQUE INDEX tiltak_lagringsnokkel_idx ON tiltak (lagringsnokkel);
