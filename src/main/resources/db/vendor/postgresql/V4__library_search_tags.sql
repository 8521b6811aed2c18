-- Version 4 changes the library's full-text index, which the embedded SQLite database alone keeps: on PostgreSQL it
-- creates nothing. It exists so that both databases count the same versions.
SELECT 1;
