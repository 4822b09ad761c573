-- Whether a person may act in a tenant is a property of their membership in it.
ALTER TABLE "TenantMembership" ADD COLUMN     "lastSignInAt" TIMESTAMP(3),
ADD COLUMN     "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE';

-- Hand-written data move: accounts disabled before this migration were disabled by a
-- tenant admin, so the disable becomes one of their memberships' statuses (every
-- membership: which tenant disabled them was not recorded), and the account itself is
-- active again. The last sign-in is carried to every membership.
UPDATE "TenantMembership" m
   SET "status" = u."status", "lastSignInAt" = u."lastSignInAt"
  FROM "User" u
 WHERE u."id" = m."userId";
UPDATE "User" SET "status" = 'ACTIVE' WHERE "status" = 'DISABLED';

-- AlterTable
ALTER TABLE "User" DROP COLUMN "lastSignInAt";

-- Tenant-level invariants count the active members of one tenant.
CREATE INDEX "TenantMembership_tenantId_role_status_idx" ON "TenantMembership" ("tenantId", "role", "status");
