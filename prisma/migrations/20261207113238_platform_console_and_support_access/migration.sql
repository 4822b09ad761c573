-- CreateEnum
CREATE TYPE "SupportAccessPolicy" AS ENUM ('off', 'on_approval', 'allowed');

-- CreateEnum
CREATE TYPE "SupportSessionMode" AS ENUM ('read_only', 'read_write');

-- CreateEnum
CREATE TYPE "SupportSessionStatus" AS ENUM ('requested', 'active', 'denied', 'ended');

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "tenantRole" "TenantRole";

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "supportAccess" "SupportAccessPolicy" NOT NULL DEFAULT 'on_approval',
ADD COLUMN     "supportReadWrite" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "suspendedById" TEXT,
ADD COLUMN     "suspendedReason" TEXT;

-- CreateTable
CREATE TABLE "SupportSession" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "operatorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "ticket" TEXT,
    "mode" "SupportSessionMode" NOT NULL DEFAULT 'read_only',
    "durationMinutes" INTEGER NOT NULL,
    "status" "SupportSessionStatus" NOT NULL DEFAULT 'requested',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "startedAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endedById" TEXT,
    "endReason" TEXT,

    CONSTRAINT "SupportSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformAuditEvent" (
    "id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "organisationId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "PlatformAuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformAuditHead" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformAuditHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupportSession_tenantId_status_idx" ON "SupportSession"("tenantId", "status");

-- CreateIndex
CREATE INDEX "SupportSession_operatorId_status_idx" ON "SupportSession"("operatorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAuditEvent_seq_key" ON "PlatformAuditEvent"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAuditEvent_prevHash_key" ON "PlatformAuditEvent"("prevHash");

-- CreateIndex
CREATE INDEX "PlatformAuditEvent_organisationId_seq_idx" ON "PlatformAuditEvent"("organisationId", "seq");

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_suspendedById_fkey" FOREIGN KEY ("suspendedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written below (docs/architecture.md §15).

-- A suspension always says why.
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_suspension_has_reason" CHECK (
  ("suspendedAt" IS NULL) = ("suspendedReason" IS NULL)
  AND ("suspendedReason" IS NULL OR length(btrim("suspendedReason")) BETWEEN 1 AND 500));

-- A support session is the tenant's row: row-level security like every other (§1a).
ALTER TABLE "SupportSession" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SupportSession" FORCE ROW LEVEL SECURITY;
CREATE POLICY "SupportSession_tenant" ON "SupportSession"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');

-- A reason is required; a session lasts 5 minutes to 8 hours; an active one has its times,
-- ending exactly its duration after it started; an ended or denied one says when and why.
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_reason" CHECK (length(btrim("reason")) BETWEEN 1 AND 500);
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_ticket" CHECK ("ticket" IS NULL OR length("ticket") BETWEEN 1 AND 100);
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_duration" CHECK ("durationMinutes" BETWEEN 5 AND 480);
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_started" CHECK (
  ("startedAt" IS NULL) = ("endsAt" IS NULL)
  AND ("startedAt" IS NULL OR "endsAt" = "startedAt" + make_interval(mins => "durationMinutes"))
  AND ("status" <> 'active' OR "startedAt" IS NOT NULL));
ALTER TABLE "SupportSession" ADD CONSTRAINT "SupportSession_ended" CHECK (
  ("status" IN ('requested', 'active')) = ("endedAt" IS NULL)
  AND ("endedAt" IS NULL OR "endReason" IS NOT NULL)
  AND ("status" <> 'denied' OR "decidedAt" IS NOT NULL));
-- One open request or session per operator and organisation.
CREATE UNIQUE INDEX "SupportSession_one_open" ON "SupportSession"("tenantId", "operatorId") WHERE "status" IN ('requested', 'active');

-- The platform log: one row of head, entries numbered from 1 and never changed or removed.
ALTER TABLE "PlatformAuditHead" ADD CONSTRAINT "PlatformAuditHead_one_row" CHECK ("id" = 1);
ALTER TABLE "PlatformAuditEvent" ADD CONSTRAINT "PlatformAuditEvent_seq_positive" CHECK ("seq" >= 1);
CREATE FUNCTION "atrium_platform_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The platform log is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "PlatformAuditEvent_append_only" BEFORE UPDATE OR DELETE ON "PlatformAuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "atrium_platform_audit_append_only"();
REVOKE UPDATE, DELETE, TRUNCATE ON "PlatformAuditEvent" FROM atrium_app;
REVOKE DELETE, TRUNCATE ON "PlatformAuditHead" FROM atrium_app;

-- Operators no longer enter organisations by their flag: consented support access does (§15).
-- Organisations that exist keep the default, "on approval".
-- The log's head exists from the start, so the first appends wait on its row lock like every other.
INSERT INTO "PlatformAuditHead" ("id", "seq", "hash", "updatedAt") VALUES (1, 0, repeat('0', 64), now() AT TIME ZONE 'UTC');
