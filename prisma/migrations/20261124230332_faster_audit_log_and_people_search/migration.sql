-- Trigram matching for people search (ILIKE '%q%' on name and email). PGlite ships it too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "AuditHead" ADD COLUMN     "sessionEntries" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AuditVerifiedMark" (
    "tenantId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "brokenAtSeq" INTEGER,
    "brokenReason" TEXT,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditVerifiedMark_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_action_seq_idx" ON "AuditEvent"("tenantId", "action", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_actorId_seq_idx" ON "AuditEvent"("tenantId", "actorId", "seq");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "AuditVerifiedMark" ADD CONSTRAINT "AuditVerifiedMark_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: count the session entries already in each chain (lib/audit/categories.ts
-- says which actions are about sessions; appendAudit keeps the count from here on).
UPDATE "AuditHead" h SET "sessionEntries" = (
  SELECT count(*) FROM "AuditEvent" e
  WHERE e."tenantId" = h."tenantId" AND (e.action LIKE 'session.%' OR e.action = 'workspace.switched')
);
