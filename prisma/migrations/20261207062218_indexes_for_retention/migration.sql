-- CreateIndex
CREATE INDEX "AuthThrottle_lastAttemptAt_idx" ON "AuthThrottle"("lastAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_idx" ON "OutboxMessage"("sentAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_at_idx" ON "SecurityEvent"("at");
