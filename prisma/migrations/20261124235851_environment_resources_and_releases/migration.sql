-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('agent', 'policy');

-- CreateEnum
CREATE TYPE "ReleaseReviewers" AS ENUM ('admins', 'tenant_admins');

-- CreateEnum
CREATE TYPE "ReleaseStatus" AS ENUM ('draft', 'in_review', 'approved', 'applied', 'rejected', 'withdrawn', 'stale');

-- CreateEnum
CREATE TYPE "ReleaseChange" AS ENUM ('new', 'changed', 'removed');

-- DropForeignKey
ALTER TABLE "Environment" DROP CONSTRAINT "Environment_workspaceId_fkey";

-- AlterTable
ALTER TABLE "Environment" ADD COLUMN     "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "contentHash" TEXT NOT NULL DEFAULT '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "releasesToId" TEXT,
ADD COLUMN     "requiredApprovals" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "reviewers" "ReleaseReviewers" NOT NULL DEFAULT 'admins',
ADD COLUMN     "tenantId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Existing environments: their workspace's tenant, and each releases to the next one.
UPDATE "Environment" e SET "tenantId" = w."tenantId" FROM "Workspace" w WHERE w."id" = e."workspaceId";
ALTER TABLE "Environment" ALTER COLUMN "tenantId" SET NOT NULL;
UPDATE "Environment" e SET "releasesToId" = n."id"
  FROM "Environment" n WHERE n."workspaceId" = e."workspaceId" AND n."position" = e."position" + 1;

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "key" TEXT NOT NULL,
    "spec" JSONB,
    "revision" INTEGER NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceRevision" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "spec" JSONB,
    "authorId" TEXT,
    "releaseId" TEXT,
    "restoredFrom" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sourceEnvironmentId" TEXT NOT NULL,
    "targetEnvironmentId" TEXT NOT NULL,
    "number" INTEGER,
    "title" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "status" "ReleaseStatus" NOT NULL DEFAULT 'draft',
    "authorId" TEXT,
    "rollbackOfId" TEXT,
    "rejectionReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),
    "appliedById" TEXT,
    "contentHash" TEXT,
    "snapshot" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseItem" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "key" TEXT NOT NULL,
    "change" "ReleaseChange" NOT NULL,
    "spec" JSONB,
    "baseSpec" JSONB,

    CONSTRAINT "ReleaseItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseApproval" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReleaseApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Resource_environmentId_kind_key_key" ON "Resource"("environmentId", "kind", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_id_environmentId_workspaceId_tenantId_key" ON "Resource"("id", "environmentId", "workspaceId", "tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceRevision_resourceId_number_key" ON "ResourceRevision"("resourceId", "number");

-- CreateIndex
CREATE INDEX "Release_tenantId_workspaceId_status_idx" ON "Release"("tenantId", "workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Release_targetEnvironmentId_number_key" ON "Release"("targetEnvironmentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Release_id_workspaceId_tenantId_key" ON "Release"("id", "workspaceId", "tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseItem_releaseId_kind_key_key" ON "ReleaseItem"("releaseId", "kind", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseApproval_releaseId_reviewerId_key" ON "ReleaseApproval"("releaseId", "reviewerId");

-- CreateIndex
CREATE INDEX "Environment_tenantId_idx" ON "Environment"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Environment_id_workspaceId_key" ON "Environment"("id", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Environment_id_workspaceId_tenantId_key" ON "Environment"("id", "workspaceId", "tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_id_tenantId_key" ON "Workspace"("id", "tenantId");

-- AddForeignKey
ALTER TABLE "Environment" ADD CONSTRAINT "Environment_workspaceId_tenantId_fkey" FOREIGN KEY ("workspaceId", "tenantId") REFERENCES "Workspace"("id", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Environment" ADD CONSTRAINT "Environment_releasesToId_workspaceId_fkey" FOREIGN KEY ("releasesToId", "workspaceId") REFERENCES "Environment"("id", "workspaceId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_environmentId_workspaceId_tenantId_fkey" FOREIGN KEY ("environmentId", "workspaceId", "tenantId") REFERENCES "Environment"("id", "workspaceId", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_resourceId_environmentId_workspaceId_tena_fkey" FOREIGN KEY ("resourceId", "environmentId", "workspaceId", "tenantId") REFERENCES "Resource"("id", "environmentId", "workspaceId", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_sourceEnvironmentId_workspaceId_tenantId_fkey" FOREIGN KEY ("sourceEnvironmentId", "workspaceId", "tenantId") REFERENCES "Environment"("id", "workspaceId", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_targetEnvironmentId_workspaceId_tenantId_fkey" FOREIGN KEY ("targetEnvironmentId", "workspaceId", "tenantId") REFERENCES "Environment"("id", "workspaceId", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_appliedById_fkey" FOREIGN KEY ("appliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_rollbackOfId_workspaceId_tenantId_fkey" FOREIGN KEY ("rollbackOfId", "workspaceId", "tenantId") REFERENCES "Release"("id", "workspaceId", "tenantId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseItem" ADD CONSTRAINT "ReleaseItem_releaseId_workspaceId_tenantId_fkey" FOREIGN KEY ("releaseId", "workspaceId", "tenantId") REFERENCES "Release"("id", "workspaceId", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseApproval" ADD CONSTRAINT "ReleaseApproval_releaseId_workspaceId_tenantId_fkey" FOREIGN KEY ("releaseId", "workspaceId", "tenantId") REFERENCES "Release"("id", "workspaceId", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseApproval" ADD CONSTRAINT "ReleaseApproval_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_releaseId_workspaceId_tenantId_fkey" FOREIGN KEY ("releaseId", "workspaceId", "tenantId") REFERENCES "Release"("id", "workspaceId", "tenantId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Hand-written: what the schema language cannot express (docs/architecture.md §1, §10).
-- ---------------------------------------------------------------------------------------

ALTER TABLE "Environment"
  ADD CONSTRAINT "Environment_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length("slug") <= 48),
  ADD CONSTRAINT "Environment_name_length" CHECK (char_length("name") BETWEEN 1 AND 64),
  ADD CONSTRAINT "Environment_description_length" CHECK (char_length("description") <= 500),
  ADD CONSTRAINT "Environment_not_own_target" CHECK ("releasesToId" IS DISTINCT FROM "id"),
  ADD CONSTRAINT "Environment_required_approvals_range" CHECK ("requiredApprovals" BETWEEN 0 AND 10);

ALTER TABLE "Resource"
  ADD CONSTRAINT "Resource_key_format" CHECK ("key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length("key") <= 64),
  ADD CONSTRAINT "Resource_deleted_has_no_spec" CHECK (("deletedAt" IS NULL) = ("spec" IS NOT NULL)),
  ADD CONSTRAINT "Resource_revision_positive" CHECK ("revision" >= 1);

ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_number_positive" CHECK ("number" >= 1);

ALTER TABLE "Release"
  ADD CONSTRAINT "Release_title_length" CHECK (char_length("title") BETWEEN 1 AND 120),
  ADD CONSTRAINT "Release_numbered_when_applied" CHECK (("status" = 'applied') = ("number" IS NOT NULL) AND ("status" = 'applied') = ("appliedAt" IS NOT NULL)),
  ADD CONSTRAINT "Release_number_positive" CHECK ("number" >= 1),
  ADD CONSTRAINT "Release_snapshot_when_applied" CHECK (("status" = 'applied') = ("snapshot" IS NOT NULL AND "contentHash" IS NOT NULL)),
  ADD CONSTRAINT "Release_rejected_has_reason" CHECK (("status" = 'rejected') = ("rejectionReason" IS NOT NULL)),
  ADD CONSTRAINT "Release_source_is_not_target" CHECK ("rollbackOfId" IS NOT NULL OR "sourceEnvironmentId" <> "targetEnvironmentId");

ALTER TABLE "ReleaseItem"
  ADD CONSTRAINT "ReleaseItem_removal_has_no_spec" CHECK (("change" = 'removed') = ("spec" IS NULL)),
  ADD CONSTRAINT "ReleaseItem_new_has_no_base" CHECK (("change" = 'new') = ("baseSpec" IS NULL));

-- A protected environment's resources change only while a release is being applied: the
-- apply path (lib/releases/apply.ts) sets atrium.applying_release for its transaction
-- alone (SET LOCAL). Anything else, a direct SQL statement included, is refused.
CREATE FUNCTION "atrium_protected_environment_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  environment_ids TEXT[];
BEGIN
  IF current_setting('atrium.applying_release', true) = 'on' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'INSERT' THEN environment_ids := ARRAY[NEW."environmentId"];
  ELSIF TG_OP = 'UPDATE' THEN environment_ids := ARRAY[NEW."environmentId", OLD."environmentId"];
  ELSE environment_ids := ARRAY[OLD."environmentId"];
  END IF;
  IF EXISTS (SELECT 1 FROM "Environment" WHERE "id" = ANY(environment_ids) AND "isProtected") THEN
    RAISE EXCEPTION 'Environment is protected: its resources change only when a release is applied'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER "Resource_protected_environment" BEFORE INSERT OR UPDATE OR DELETE ON "Resource"
  FOR EACH ROW EXECUTE FUNCTION "atrium_protected_environment_guard"();
CREATE TRIGGER "ResourceRevision_protected_environment" BEFORE INSERT ON "ResourceRevision"
  FOR EACH ROW EXECUTE FUNCTION "atrium_protected_environment_guard"();

-- Revisions are history: never changed, and deleted only with their environment.
CREATE FUNCTION "atrium_revision_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Environment" WHERE "id" = OLD."environmentId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'Resource revisions are append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "ResourceRevision_append_only" BEFORE UPDATE OR DELETE ON "ResourceRevision"
  FOR EACH ROW EXECUTE FUNCTION "atrium_revision_append_only"();

-- An applied release is a record of what production received: never changed, and deleted
-- only with its workspace (when its tenant is deleted).
CREATE FUNCTION "atrium_applied_release_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'applied' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Workspace" WHERE "id" = OLD."workspaceId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'Release % is applied and cannot change', OLD."id" USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "Release_applied_immutable" BEFORE UPDATE OR DELETE ON "Release"
  FOR EACH ROW EXECUTE FUNCTION "atrium_applied_release_immutable"();

CREATE FUNCTION "atrium_applied_release_items_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  release_id TEXT := COALESCE(NEW."releaseId", OLD."releaseId");
BEGIN
  IF EXISTS (SELECT 1 FROM "Release" WHERE "id" = release_id AND "status" = 'applied') THEN
    RAISE EXCEPTION 'Release % is applied: its content cannot change', release_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER "ReleaseItem_frozen_when_applied" BEFORE INSERT OR UPDATE OR DELETE ON "ReleaseItem"
  FOR EACH ROW EXECUTE FUNCTION "atrium_applied_release_items_frozen"();

-- A protected environment cannot be deleted (its workspace being deleted aside).
CREATE FUNCTION "atrium_protected_environment_kept"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."isProtected" AND EXISTS (SELECT 1 FROM "Workspace" WHERE "id" = OLD."workspaceId") THEN
    RAISE EXCEPTION 'Environment % is protected and cannot be deleted', OLD."id" USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER "Environment_protected_kept" BEFORE DELETE ON "Environment"
  FOR EACH ROW EXECUTE FUNCTION "atrium_protected_environment_kept"();
