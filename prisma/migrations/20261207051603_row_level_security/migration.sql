-- CreateTable
CREATE TABLE "ReleaseApplication" (
    "transactionId" BIGINT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,

    CONSTRAINT "ReleaseApplication_pkey" PRIMARY KEY ("transactionId")
);

-- Row-level security (docs/architecture.md §1a). The app's queries run as atrium_app, a role
-- that owns nothing and cannot bypass the policies; every query carries its scope in two
-- transaction-local settings: app.tenant_id (the one tenant whose rows it may see and
-- write) or app.cross_tenant (the name of a path that legitimately spans tenants). With
-- neither set, a tenant-owned table reads as empty and refuses every write. The settings are
-- read in sub-selects, so each is evaluated once per statement rather than once per row.
DO $$
BEGIN
  CREATE ROLE atrium_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION
  -- Another database of this server created it first (42710), or at the same moment (23505).
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
GRANT USAGE ON SCHEMA public TO atrium_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO atrium_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO atrium_app;
-- Tables created by later migrations get the same grants (their policies are the catalogue test's job).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO atrium_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO atrium_app;
-- The migration history and the release path's grants are not the app's to touch.
REVOKE ALL ON "_prisma_migrations" FROM atrium_app;
REVOKE ALL ON "ReleaseApplication" FROM atrium_app;

-- A tenant sees itself.
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Tenant" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Tenant_tenant" ON "Tenant"
  USING ("id" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("id" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');

-- Every table with a tenantId: the tenant's rows only.
ALTER TABLE "TenantMembership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TenantMembership" FORCE ROW LEVEL SECURITY;
CREATE POLICY "TenantMembership_tenant" ON "TenantMembership"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "Workspace" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Workspace" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Workspace_tenant" ON "Workspace"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "Environment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Environment" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Environment_tenant" ON "Environment"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "Resource" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Resource" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Resource_tenant" ON "Resource"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "ResourceRevision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResourceRevision" FORCE ROW LEVEL SECURITY;
CREATE POLICY "ResourceRevision_tenant" ON "ResourceRevision"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "Release" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Release" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Release_tenant" ON "Release"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "ReleaseItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReleaseItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY "ReleaseItem_tenant" ON "ReleaseItem"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "ReleaseApproval" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReleaseApproval" FORCE ROW LEVEL SECURITY;
CREATE POLICY "ReleaseApproval_tenant" ON "ReleaseApproval"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY "AuditEvent_tenant" ON "AuditEvent"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "AuditHead" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditHead" FORCE ROW LEVEL SECURITY;
CREATE POLICY "AuditHead_tenant" ON "AuditHead"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "AuditVerifiedMark" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditVerifiedMark" FORCE ROW LEVEL SECURITY;
CREATE POLICY "AuditVerifiedMark_tenant" ON "AuditVerifiedMark"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY "Invitation_tenant" ON "Invitation"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "OutboxMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxMessage" FORCE ROW LEVEL SECURITY;
CREATE POLICY "OutboxMessage_tenant" ON "OutboxMessage"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "TenantDataKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TenantDataKey" FORCE ROW LEVEL SECURITY;
CREATE POLICY "TenantDataKey_tenant" ON "TenantDataKey"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "ProviderCredential" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProviderCredential" FORCE ROW LEVEL SECURITY;
CREATE POLICY "ProviderCredential_tenant" ON "ProviderCredential"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "ProviderGrant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProviderGrant" FORCE ROW LEVEL SECURITY;
CREATE POLICY "ProviderGrant_tenant" ON "ProviderGrant"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');
ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" FORCE ROW LEVEL SECURITY;
CREATE POLICY "ApiKey_tenant" ON "ApiKey"
  USING ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '')
  WITH CHECK ("tenantId" = (SELECT current_setting('app.tenant_id', true)) OR (SELECT current_setting('app.cross_tenant', true)) <> '');

-- A workspace membership belongs to its workspace's tenant: visible when the workspace is
-- (the subquery is itself under Workspace's policy).
ALTER TABLE "WorkspaceMembership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WorkspaceMembership" FORCE ROW LEVEL SECURITY;
CREATE POLICY "WorkspaceMembership_tenant" ON "WorkspaceMembership"
  USING ("workspaceId" IN (SELECT w."id" FROM "Workspace" w))
  WITH CHECK ("workspaceId" IN (SELECT w."id" FROM "Workspace" w));

-- The release path (docs/architecture.md §1a). A protected environment's resources change
-- only inside a transaction that holds a ReleaseApplication row for it, and only this
-- function, running as the tables' owner, can write one: for an approved release of the
-- transaction's tenant, into that release's target. At commit the release must be applied,
-- and the row goes. No setting opens the way (the old atrium.applying_release did).
CREATE FUNCTION "atrium_begin_release_apply"(release_id TEXT) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  target TEXT;
BEGIN
  SELECT "targetEnvironmentId" INTO target FROM "Release"
   WHERE "id" = release_id AND "status" = 'approved' AND "tenantId" = current_setting('app.tenant_id', true);
  IF target IS NULL THEN
    RAISE EXCEPTION 'Only an approved release of this tenant can be applied' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO "ReleaseApplication" ("transactionId", "releaseId", "environmentId")
  VALUES (pg_current_xact_id()::text::bigint, release_id, target);
END
$$;
REVOKE ALL ON FUNCTION "atrium_begin_release_apply"(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "atrium_begin_release_apply"(TEXT) TO atrium_app;

CREATE FUNCTION "atrium_release_application_done"() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Release" WHERE "id" = NEW."releaseId" AND "status" = 'applied') THEN
    RAISE EXCEPTION 'A release application must mark its release applied before it commits'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM "ReleaseApplication" WHERE "transactionId" = NEW."transactionId";
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER "ReleaseApplication_done" AFTER INSERT ON "ReleaseApplication"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "atrium_release_application_done"();

CREATE OR REPLACE FUNCTION "atrium_protected_environment_guard"() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  environment_ids TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN environment_ids := ARRAY[NEW."environmentId"];
  ELSIF TG_OP = 'UPDATE' THEN environment_ids := ARRAY[NEW."environmentId", OLD."environmentId"];
  ELSE environment_ids := ARRAY[OLD."environmentId"];
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Environment" WHERE "id" = ANY(environment_ids) AND "isProtected") THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  -- Protected: only the release this transaction is applying, into its own target.
  IF EXISTS (SELECT 1 FROM "ReleaseApplication"
              WHERE "transactionId" = pg_current_xact_id()::text::bigint
                AND "environmentId" = ALL(environment_ids)) THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  RAISE EXCEPTION 'Environment is protected: its resources change only when a release is applied'
    USING ERRCODE = 'insufficient_privilege';
END
$$;
