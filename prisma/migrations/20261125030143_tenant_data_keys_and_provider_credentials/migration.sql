-- CreateEnum
CREATE TYPE "AiProvider" AS ENUM ('openai', 'anthropic', 'azure_openai', 'google', 'mistral', 'openai_compatible');

-- CreateEnum
CREATE TYPE "CredentialCheck" AS ENUM ('UNTESTED', 'VERIFIED', 'FAILING');

-- CreateTable
CREATE TABLE "TenantDataKey" (
    "tenantId" TEXT NOT NULL,
    "rootKeyVersion" INTEGER NOT NULL,
    "sealedKey" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantDataKey_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "ProviderCredential" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "provider" "AiProvider" NOT NULL,
    "name" TEXT NOT NULL,
    "baseUrl" TEXT,
    "sealedSecret" BYTEA NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "check" "CredentialCheck" NOT NULL DEFAULT 'UNTESTED',
    "checkMessage" TEXT NOT NULL DEFAULT '',
    "lastCheckedAt" TIMESTAMP(3),
    "lastVerifiedAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "addedById" TEXT,
    "rotatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProviderCredential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderGrant" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "monthlyBudget" INTEGER,
    "requestsPerMinute" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProviderGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProviderCredential_tenantId_name_key" ON "ProviderCredential"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderCredential_id_tenantId_key" ON "ProviderCredential"("id", "tenantId");

-- CreateIndex
CREATE INDEX "ProviderGrant_workspaceId_idx" ON "ProviderGrant"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderGrant_credentialId_workspaceId_key" ON "ProviderGrant"("credentialId", "workspaceId");

-- AddForeignKey
ALTER TABLE "TenantDataKey" ADD CONSTRAINT "TenantDataKey_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderCredential" ADD CONSTRAINT "ProviderCredential_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderCredential" ADD CONSTRAINT "ProviderCredential_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderGrant" ADD CONSTRAINT "ProviderGrant_credentialId_tenantId_fkey" FOREIGN KEY ("credentialId", "tenantId") REFERENCES "ProviderCredential"("id", "tenantId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderGrant" ADD CONSTRAINT "ProviderGrant_workspaceId_tenantId_fkey" FOREIGN KEY ("workspaceId", "tenantId") REFERENCES "Workspace"("id", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
-- A data key is 32 bytes sealed by AES-256-GCM: a 12-byte nonce, a 16-byte tag, 32 bytes.
ALTER TABLE "TenantDataKey" ADD CONSTRAINT "TenantDataKey_sealed_key_shape"
  CHECK ("rootKeyVersion" > 0 AND octet_length("sealedKey") = 60);
ALTER TABLE "ProviderCredential" ADD CONSTRAINT "ProviderCredential_name_not_blank"
  CHECK (length(btrim("name")) > 0);
-- Azure OpenAI and OpenAI-compatible endpoints have no default address.
ALTER TABLE "ProviderCredential" ADD CONSTRAINT "ProviderCredential_base_url_where_needed"
  CHECK ("provider" NOT IN ('azure_openai', 'openai_compatible') OR "baseUrl" IS NOT NULL);
ALTER TABLE "ProviderGrant" ADD CONSTRAINT "ProviderGrant_limits_positive"
  CHECK (("monthlyBudget" IS NULL OR "monthlyBudget" > 0) AND ("requestsPerMinute" IS NULL OR "requestsPerMinute" > 0));
