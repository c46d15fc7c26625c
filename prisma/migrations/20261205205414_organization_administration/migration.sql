-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "orphanedAt" TIMESTAMP(3),
ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "suspendedReason" TEXT,
ADD COLUMN     "verificationReason" TEXT;

-- Administrators suspend and delete organisations (moderators only verify them).
INSERT INTO "Permission" ("id", "action", "entity", "access")
SELECT gen_random_uuid()::text, p.action, p.entity, p.access
FROM (VALUES ('suspend','organization','any'), ('delete','organization','any')) AS p(action, entity, access)
WHERE NOT EXISTS (SELECT 1 FROM "Permission" x WHERE x.action = p.action AND x.entity = p.entity AND x.access = p.access);

INSERT INTO "RolePermission" ("roleId", "permissionId")
SELECT r.id, p.id
FROM "Role" r
JOIN "Permission" p ON (p.action, p.entity, p.access) IN (('suspend','organization','any'), ('delete','organization','any'))
WHERE r.name = 'admin'
ON CONFLICT DO NOTHING;
