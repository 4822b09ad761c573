-- DropForeignKey
ALTER TABLE "Release" DROP CONSTRAINT "Release_rollbackOfId_workspaceId_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "ResourceRevision" DROP CONSTRAINT "ResourceRevision_releaseId_workspaceId_tenantId_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "Release_id_targetEnvironmentId_key" ON "Release"("id", "targetEnvironmentId");

-- AddForeignKey
ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_releaseId_environmentId_fkey" FOREIGN KEY ("releaseId", "environmentId") REFERENCES "Release"("id", "targetEnvironmentId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_resourceId_restoredFrom_fkey" FOREIGN KEY ("resourceId", "restoredFrom") REFERENCES "ResourceRevision"("resourceId", "number") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_rollbackOfId_targetEnvironmentId_fkey" FOREIGN KEY ("rollbackOfId", "targetEnvironmentId") REFERENCES "Release"("id", "targetEnvironmentId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Hand-written (docs/architecture.md §1, §10).
-- ---------------------------------------------------------------------------------------

-- A restore names an earlier revision of the same resource (the foreign key above keeps it
-- to the same resource).
ALTER TABLE "ResourceRevision"
  ADD CONSTRAINT "ResourceRevision_restores_an_earlier_one" CHECK ("restoredFrom" < "number");

-- A release goes from one environment to another; a rollback restores the target itself.
ALTER TABLE "Release" DROP CONSTRAINT "Release_source_is_not_target";
ALTER TABLE "Release"
  ADD CONSTRAINT "Release_source_is_not_target" CHECK (("rollbackOfId" IS NULL) = ("sourceEnvironmentId" <> "targetEnvironmentId"));

-- The approvals of an applied release are part of its record: none added, changed or
-- removed afterwards (deleted only with the release itself, when its workspace goes).
CREATE TRIGGER "ReleaseApproval_frozen_when_applied" BEFORE INSERT OR UPDATE OR DELETE ON "ReleaseApproval"
  FOR EACH ROW EXECUTE FUNCTION "atrium_applied_release_items_frozen"();
