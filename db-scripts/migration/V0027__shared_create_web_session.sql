-- Web sessions of the cluster server (ear/src/main/server/cluster.cli): its invalidation cache writes
-- each session that a request changed to this table, from which the other node reads it, and
-- which outlives a restart of both nodes. Infinispan names the table after the store's prefix and
-- the deployment's cache (samspil.ear.samspil-web.war) but does not create it (create-on-start
-- false): the cache starts while Flyway migrates, and a table it made first would make Flyway refuse
-- the new database as not empty. A single server keeps its sessions on disk, and the table stays empty.
CREATE TABLE web_session_samspil_ear_samspil_web_war (
    id        VARCHAR(255) NOT NULL,
    data      MEDIUMBLOB   NOT NULL,
    timestamp BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
