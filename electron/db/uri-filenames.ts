// Must be evaluated before the SQLite driver loads, which reads it once: URI filenames are how an
// online backup's destination is given its cipher and key (see ../backup/backup-file.ts).
process.env.SQLITE_USE_URI = '1';
