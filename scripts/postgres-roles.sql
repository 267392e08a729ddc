-- Least-privilege roles for a shared sterk werkbezoek database (see README, "Een gedeelde
-- PostgreSQL-server"). Run as a superuser or a role with CREATEROLE, connected to the sterk
-- database, after `CREATE DATABASE sterk OWNER sterk_eigenaar;`.
--
--   sterk_eigenaar   owns the tables; runs `sterk werkbezoek schema` once (and after upgrades)
--   sterk_schrijver  records and changes visits (staff of the M50 office)
--   sterk_lezer      only reads (lobby screens, contacts in member municipalities)
--
-- The roles themselves (with passwords set by \password, never on a command line):
--   CREATE ROLE sterk_eigenaar LOGIN; CREATE ROLE sterk_schrijver LOGIN; CREATE ROLE sterk_lezer LOGIN;

-- Nobody but the owner creates objects here (PostgreSQL 15 already revokes this from PUBLIC).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO sterk_schrijver, sterk_lezer;

-- Tables the owner creates later (by `sterk werkbezoek schema`) get these rights by default.
ALTER DEFAULT PRIVILEGES FOR ROLE sterk_eigenaar IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sterk_schrijver;
ALTER DEFAULT PRIVILEGES FOR ROLE sterk_eigenaar IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO sterk_schrijver;
ALTER DEFAULT PRIVILEGES FOR ROLE sterk_eigenaar IN SCHEMA public
    GRANT SELECT ON TABLES TO sterk_lezer;

-- Tables that already exist (when this file is run after `schema`).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sterk_schrijver;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO sterk_schrijver;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sterk_lezer;
