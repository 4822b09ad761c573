-- CreateEnum
CREATE TYPE "SignUpPolicy" AS ENUM ('invitations_only', 'open', 'listed_domains');

-- CreateEnum
CREATE TYPE "OrganisationCreation" AS ENUM ('anyone', 'operators');

-- AlterTable
ALTER TABLE "OutboxMessage" ALTER COLUMN "tenantId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "deletionDueAt" TIMESTAMP(3),
ADD COLUMN     "deletionScheduledAt" TIMESTAMP(3),
ADD COLUMN     "deletionScheduledById" TEXT,
ADD COLUMN     "purgeStartedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Instance" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "setUpAt" TIMESTAMP(3),
    "signUpPolicy" "SignUpPolicy" NOT NULL DEFAULT 'invitations_only',
    "signUpDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "organisationCreation" "OrganisationCreation" NOT NULL DEFAULT 'anyone',
    "organisationsPerAccount" INTEGER NOT NULL DEFAULT 10,

    CONSTRAINT "Instance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeletedOrganisation" (
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "deletionScheduledAt" TIMESTAMP(3) NOT NULL,
    "deletionScheduledById" TEXT,
    "deletionScheduledBy" TEXT,
    "purgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletedOrganisation_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "SignUpRequest" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SignUpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignUpRequest_tokenHash_key" ON "SignUpRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "SignUpRequest_email_idx" ON "SignUpRequest"("email");

-- CreateIndex
CREATE INDEX "Tenant_createdById_idx" ON "Tenant"("createdById");

-- CreateIndex
CREATE INDEX "Tenant_deletionDueAt_idx" ON "Tenant"("deletionDueAt");

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_deletionScheduledById_fkey" FOREIGN KEY ("deletionScheduledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The instance's one row. Set-up (lib/organisations/setup.ts) sets "setUpAt" with one
-- UPDATE ... WHERE "setUpAt" IS NULL: of any number of racing set-ups one finds the row
-- unset; the trigger keeps it set for good. An existing instance with accounts is set up.
ALTER TABLE "Instance" ADD CONSTRAINT "Instance_one_row" CHECK ("id" = 1);
ALTER TABLE "Instance" ALTER COLUMN "signUpDomains" SET NOT NULL;
ALTER TABLE "Instance" ADD CONSTRAINT "Instance_organisations_per_account" CHECK ("organisationsPerAccount" BETWEEN 0 AND 1000);
INSERT INTO "Instance" ("id", "setUpAt")
  SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM "User") THEN CURRENT_TIMESTAMP END;
CREATE FUNCTION "atrium_instance_set_up_once"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."setUpAt" IS NOT NULL AND NEW."setUpAt" IS DISTINCT FROM OLD."setUpAt" THEN
    RAISE EXCEPTION 'The instance is already set up' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Instance_set_up_once" BEFORE UPDATE ON "Instance"
  FOR EACH ROW EXECUTE FUNCTION "atrium_instance_set_up_once"();
-- The app changes the one row; it never adds or removes one.
REVOKE INSERT, DELETE, TRUNCATE ON "Instance" FROM atrium_app;

-- A sign-up's address is stored as accounts' are: lower-case.
ALTER TABLE "SignUpRequest" ADD CONSTRAINT "SignUpRequest_email_lowercase" CHECK ("email" = lower("email"));

-- Everyone who has an account today came by an invitation or the demo data: verified.
UPDATE "User" SET "emailVerifiedAt" = "createdAt";

-- An organisation's slug (its format is checked since the first migration) is at most 48
-- characters, as a workspace's, and fixed once chosen.
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_slug_length" CHECK (length("slug") <= 48);
CREATE FUNCTION "atrium_tenant_slug_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."slug" IS DISTINCT FROM OLD."slug" THEN
    RAISE EXCEPTION 'The slug of organisation % cannot change', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Tenant_slug_immutable" BEFORE UPDATE OF "slug" ON "Tenant"
  FOR EACH ROW EXECUTE FUNCTION "atrium_tenant_slug_immutable"();

-- A deletion is scheduled with its due date; a purge begins only for a scheduled one, and
-- once begun (the data key destroyed) it is never cancelled.
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_deletion_schedule" CHECK (
  ("deletionScheduledAt" IS NULL) = ("deletionDueAt" IS NULL)
  AND ("purgeStartedAt" IS NULL OR "deletionDueAt" IS NOT NULL));
CREATE FUNCTION "atrium_tenant_purge_irreversible"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."purgeStartedAt" IS NOT NULL AND (NEW."purgeStartedAt" IS NULL OR NEW."deletionDueAt" IS NULL) THEN
    RAISE EXCEPTION 'Organisation % is being purged: its deletion cannot be cancelled', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Tenant_purge_irreversible" BEFORE UPDATE ON "Tenant"
  FOR EACH ROW EXECUTE FUNCTION "atrium_tenant_purge_irreversible"();

-- Audit events stay append-only, except while their tenant is purged (in batches, before
-- the tenant's row goes) or once it is gone.
CREATE OR REPLACE FUNCTION "atrium_audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Tenant" WHERE "id" = OLD."tenantId" AND "purgeStartedAt" IS NULL) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'Audit events are append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The platform's record of a purged organisation is written once and kept.
REVOKE UPDATE, DELETE, TRUNCATE ON "DeletedOrganisation" FROM atrium_app;

-- The references that must not dangle (NO ACTION) may be checked at commit instead of at the
-- end of each statement, by a transaction that asks (SET CONSTRAINTS ALL DEFERRED): the
-- purge removes a workspace whose revisions, releases and environments point at each other
-- in one statement, and PostgreSQL may check one reference before the cascade has reached
-- the rows that hold it. Every other transaction checks them as before, immediately.
ALTER TABLE "Environment" ALTER CONSTRAINT "Environment_releasesToId_workspaceId_fkey" DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE "ResourceRevision" ALTER CONSTRAINT "ResourceRevision_releaseId_environmentId_fkey" DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE "ResourceRevision" ALTER CONSTRAINT "ResourceRevision_resourceId_restoredFrom_fkey" DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE "Release" ALTER CONSTRAINT "Release_rollbackOfId_targetEnvironmentId_fkey" DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE "ProviderGrant" ALTER CONSTRAINT "ProviderGrant_credentialId_tenantId_fkey" DEFERRABLE INITIALLY IMMEDIATE;
